package com.spendwise.support;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Recomputes balances from the transactions, independently of the service's own arithmetic. */
public final class Balances {

  private Balances() {}

  /** Wallets whose stored balance differs from opening balance + money in - money out. */
  public static List<String> mismatches(JdbcClient jdbc, List<UUID> walletIds) {
    return jdbc.sql(
            "SELECT w.id || ': stored ' || w.balance || ', recomputed ' || r.balance FROM wallets w"
                + " CROSS JOIN LATERAL (SELECT w.opening_balance"
                + "   + COALESCE((SELECT sum(COALESCE(t.target_amount, t.amount)) FROM transactions t"
                + "       WHERE t.target_wallet_id = w.id), 0)"
                + "   - COALESCE((SELECT sum(t.amount) FROM transactions t"
                + "       WHERE t.source_wallet_id = w.id), 0) AS balance) r"
                + " WHERE w.id = ANY(?) AND w.balance <> r.balance")
        .param(walletIds.toArray(UUID[]::new))
        .query(String.class)
        .list();
  }
}
