package com.spendwise.wallet;

import com.spendwise.user.UserId;

/**
 * Implemented by the module whose rows make a wallet's history (the ledger), so that the wallet
 * module need not read its tables: a wallet with history keeps its currency and can be archived,
 * not deleted.
 */
public interface WalletUsage {

  /** Whether any of the user's rows of this module refers to {@code wallet}. */
  boolean uses(UserId user, WalletId wallet);
}
