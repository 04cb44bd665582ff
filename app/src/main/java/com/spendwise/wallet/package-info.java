/**
 * Wallets. Owns the wallets table and its balances: {@link
 * com.spendwise.wallet.WalletService#changeBalances} is the one place a balance moves. Publishes
 * {@link com.spendwise.wallet.Wallet} with the archived-wallet rule.
 */
package com.spendwise.wallet;
