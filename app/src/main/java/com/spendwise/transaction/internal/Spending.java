package com.spendwise.transaction.internal;

import com.spendwise.transaction.EntryType;
import com.spendwise.transaction.ExpensesChanged;
import com.spendwise.transaction.LedgerEntry;
import com.spendwise.wallet.Wallet;
import com.spendwise.wallet.WalletId;
import java.util.List;
import java.util.Map;

/** The spending side of ledger writes, for {@link ExpensesChanged}. */
public final class Spending {

  private Spending() {}

  /**
   * Adds the expense {@code entry} records (taken away when {@code undo}) to {@code out}; other
   * types spend nothing. {@code wallets} holds the entry's source wallet.
   */
  public static void add(
      LedgerEntry entry,
      boolean undo,
      Map<WalletId, Wallet> wallets,
      List<ExpensesChanged.Change> out) {
    if (entry.type() != EntryType.EXPENSE) {
      return;
    }
    out.add(
        new ExpensesChanged.Change(
            entry.categoryId(),
            wallets.get(entry.sourceWalletId()).currency(),
            entry.date(),
            undo ? entry.amount().negate() : entry.amount()));
  }
}
