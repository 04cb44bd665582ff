package com.spendwise.exchange.internal;

import com.spendwise.transaction.TransactionId;
import com.spendwise.user.UserId;
import com.spendwise.wallet.WalletId;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for import_keys: which statement rows a wallet has already recorded. */
@Repository
public class ImportKeys {

  private final JdbcClient jdbc;

  ImportKeys(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The keys among {@code keys} that the wallet has recorded before. */
  public Set<String> known(WalletId wallet, Collection<String> keys) {
    if (keys.isEmpty()) {
      return Set.of();
    }
    return new HashSet<>(
        jdbc.sql("SELECT key FROM import_keys WHERE wallet_id = ? AND key = ANY(?)")
            .params(wallet.value(), keys.toArray(String[]::new))
            .query(String.class)
            .list());
  }

  /**
   * Claims the keys for the caller's database transaction and returns the ones this call claimed: a
   * key another import holds waits for it to finish, then counts as known.
   */
  public Set<String> claim(UserId user, WalletId wallet, Collection<String> keys) {
    if (keys.isEmpty()) {
      return Set.of();
    }
    return new HashSet<>(
        jdbc.sql(
                "INSERT INTO import_keys (wallet_id, key, user_id)"
                    + " SELECT ?, k, ? FROM unnest(CAST(? AS text[])) AS k"
                    + " ON CONFLICT DO NOTHING RETURNING key")
            .params(wallet.value(), user.value(), keys.toArray(String[]::new))
            .query(String.class)
            .list());
  }

  /** Records which transaction each claimed key became. */
  public void link(WalletId wallet, Map<String, TransactionId> recorded) {
    if (recorded.isEmpty()) {
      return;
    }
    List<String> keys = List.copyOf(recorded.keySet());
    jdbc.sql(
            "UPDATE import_keys k SET transaction_id = x.transaction_id"
                + " FROM unnest(CAST(? AS text[]), CAST(? AS uuid[])) AS x(key, transaction_id)"
                + " WHERE k.wallet_id = ? AND k.key = x.key")
        .params(
            keys.toArray(String[]::new),
            keys.stream().map(k -> recorded.get(k).value().toString()).toArray(String[]::new),
            wallet.value())
        .update();
  }
}
