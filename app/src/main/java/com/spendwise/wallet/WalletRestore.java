package com.spendwise.wallet;

import com.spendwise.user.UserId;
import com.spendwise.wallet.internal.WalletRepository;
import java.math.BigDecimal;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * A backup's wallets going back in (for the exchange module's restore): as the backup has them,
 * under the ids the restore chose, each at its opening balance until the restored transactions move
 * it. No events: a restore repeats history, it does not make it.
 */
@Service
public class WalletRestore {

  private final WalletRepository wallets;

  WalletRestore(WalletRepository wallets) {
    this.wallets = wallets;
  }

  /** Removes the user's wallets, which a restore replaces; the account has no transactions. */
  public void removeAll(UserId user) {
    wallets.deleteAll(user);
  }

  /** A wallet, its balance at its opening balance until {@link #settle}. */
  public void restore(UserId user, WalletId id, Wallet wallet) {
    wallets.restore(user, id, wallet);
  }

  /**
   * Once the transactions are in: each wallet's balance is its opening balance moved by what they
   * did ({@code deltas}), its version as the backup had it.
   */
  public void settle(UserId user, Map<WalletId, BigDecimal> deltas) {
    wallets.settle(user, deltas);
  }
}
