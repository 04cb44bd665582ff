package com.spendwise.transaction.internal;

import com.spendwise.category.CategoryId;
import com.spendwise.category.CategoryUsage;
import com.spendwise.user.UserId;
import com.spendwise.wallet.WalletId;
import com.spendwise.wallet.WalletUsage;
import org.springframework.stereotype.Component;

/** Tells the wallet and category modules whether the ledger refers to one of theirs. */
@Component
class LedgerReferences implements WalletUsage, CategoryUsage {

  private final EntryRepository entries;

  LedgerReferences(EntryRepository entries) {
    this.entries = entries;
  }

  @Override
  public boolean uses(UserId user, WalletId wallet) {
    return entries.usesWallet(user, wallet);
  }

  @Override
  public boolean uses(UserId user, CategoryId category) {
    return entries.usesCategory(user, category);
  }
}
