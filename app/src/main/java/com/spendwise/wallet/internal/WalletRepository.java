package com.spendwise.wallet.internal;

import com.spendwise.shared.Actors;
import com.spendwise.shared.KeysetPages;
import com.spendwise.shared.Page;
import com.spendwise.shared.PageRequest;
import com.spendwise.shared.PerUserLimit;
import com.spendwise.shared.SqlTimes;
import com.spendwise.user.UserId;
import com.spendwise.wallet.Wallet;
import com.spendwise.wallet.WalletId;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for the wallets table. Every statement names the owner. */
@Repository
public class WalletRepository {

  /** The column's bound (the money_amount domain). */
  public static final BigDecimal MAX_BALANCE = new BigDecimal("1000000000000000000");

  private static final String COLUMNS =
      "id, name, currency, opening_balance, balance, archived, version, created_at, updated_at,"
          + " created_by, updated_by";

  private final JdbcClient jdbc;

  WalletRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Wallet insert(
      UserId user, String name, String currency, BigDecimal opening, boolean archived) {
    return jdbc.sql(
            "INSERT INTO wallets (user_id, name, currency, opening_balance, balance, archived)"
                + " VALUES (?, ?, ?, ?, ?, ?) RETURNING "
                + COLUMNS)
        .params(user.value(), name, currency, opening, opening, archived)
        .query(WalletRepository::map)
        .single();
  }

  public Optional<Wallet> find(UserId user, WalletId id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM wallets WHERE id = ? AND user_id = ?")
        .params(id.value(), user.value())
        .query(WalletRepository::map)
        .optional();
  }

  /** Ordered by name, then id; the cursor is the last (name, id) of the previous page. */
  public Page<Wallet> page(UserId user, PageRequest page) {
    return KeysetPages.byName(
        jdbc,
        "SELECT " + COLUMNS + " FROM wallets WHERE user_id = ?",
        List.of(user.value()),
        page,
        WalletRepository::map,
        Wallet::name,
        w -> w.id().value());
  }

  /**
   * Locks the user's wallets among {@code ids} in id order. NO KEY UPDATE leaves the key-share
   * locks of foreign key checks (a transaction inserted elsewhere) unblocked.
   */
  public SortedMap<WalletId, Wallet> lock(UserId user, Collection<WalletId> ids) {
    String[] values =
        ids.stream()
            .map(WalletId::value)
            .distinct()
            .sorted()
            .map(UUID::toString)
            .toArray(String[]::new);
    SortedMap<WalletId, Wallet> locked = new TreeMap<>();
    jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM wallets WHERE user_id = ? AND id = ANY(CAST(? AS uuid[])) ORDER BY id"
                + " FOR NO KEY UPDATE")
        .params(user.value(), values)
        .query(WalletRepository::map)
        .list()
        .forEach(wallet -> locked.put(wallet.id(), wallet));
    return locked;
  }

  // Reads the ledger's table: whether any transaction moves money in or out of the wallet.
  public Wallet update(
      UserId user,
      WalletId id,
      String name,
      String currency,
      BigDecimal opening,
      BigDecimal balance,
      boolean archived) {
    return jdbc.sql(
            "UPDATE wallets SET name = ?, currency = ?, opening_balance = ?, balance = ?,"
                + " archived = ?, version = version + 1, updated_at = now()"
                + " WHERE id = ? AND user_id = ? RETURNING "
                + COLUMNS)
        .params(name, currency, opening, balance, archived, id.value(), user.value())
        .query(WalletRepository::map)
        .single();
  }

  /**
   * Adds {@code delta} to the balance and returns the wallet as changed; empty when it is not the
   * user's. A balance beyond the column's range is refused, and the transaction is then aborted.
   */
  public Optional<Wallet> addToBalance(UserId user, WalletId id, BigDecimal delta) {
    try {
      return jdbc.sql(
              "UPDATE wallets SET balance = balance + ?, version = version + 1, updated_at = now()"
                  + " WHERE id = ? AND user_id = ? RETURNING "
                  + COLUMNS)
          .params(delta, id.value(), user.value())
          .query(WalletRepository::map)
          .optional();
    } catch (DataIntegrityViolationException e) {
      if (e.getMostSpecificCause() instanceof SQLException sql
          && "23514".equals(sql.getSQLState())) {
        throw new BalanceOutOfRangeException();
      }
      throw e;
    }
  }

  /** The money_amount domain refused a balance. */
  public static final class BalanceOutOfRangeException extends RuntimeException {
    BalanceOutOfRangeException() {
      super(null, null, false, false);
    }
  }

  public void delete(UserId user, WalletId id) {
    jdbc.sql("DELETE FROM wallets WHERE id = ? AND user_id = ?")
        .params(id.value(), user.value())
        .update();
  }

  private static Wallet map(ResultSet rs, int row) throws SQLException {
    return new Wallet(
        new WalletId(rs.getObject("id", UUID.class)),
        rs.getString("name"),
        rs.getString("currency"),
        rs.getBigDecimal("opening_balance"),
        rs.getBigDecimal("balance"),
        rs.getBoolean("archived"),
        rs.getLong("version"),
        rs.getTimestamp("created_at").toInstant(),
        rs.getTimestamp("updated_at").toInstant(),
        Actors.of(rs));
  }

  /**
   * Inside the creating transaction: refuses a new one when the user has {@code limit} already (see
   * {@link PerUserLimit#checkRoom}).
   */
  public void checkRoom(UserId user, PerUserLimit limit) {
    limit.checkRoom(jdbc, user.value(), "SELECT count(*) FROM wallets WHERE user_id = ?");
  }

  /** Removes every wallet of the user (a restore replaces them; none has transactions). */
  public void deleteAll(UserId user) {
    jdbc.sql("DELETE FROM wallets WHERE user_id = ?").param(user.value()).update();
  }

  /** A wallet as a backup has it, its balance at its opening balance. */
  public void restore(UserId user, WalletId id, Wallet w) {
    jdbc.sql(
            "INSERT INTO wallets (id, user_id, name, currency, opening_balance, balance, archived,"
                + " version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?,"
                + " coalesce(CAST(? AS timestamptz), now()), coalesce(CAST(? AS timestamptz), now()))")
        .params(
            id.value(),
            user.value(),
            w.name(),
            w.currency(),
            w.openingBalance(),
            w.openingBalance(),
            w.archived(),
            w.version(),
            SqlTimes.orNull(w.createdAt()),
            SqlTimes.orNull(w.updatedAt()))
        .update();
  }

  /**
   * Sets each wallet's balance to its opening balance plus its delta, keeping its version (a
   * restore's history: nothing changed since the backup).
   */
  public void settle(UserId user, Map<WalletId, BigDecimal> deltas) {
    jdbc.sql(
            "UPDATE wallets w SET balance = w.opening_balance + x.delta"
                + " FROM unnest(CAST(? AS uuid[]), CAST(? AS numeric[])) AS x(id, delta)"
                + " WHERE w.id = x.id AND w.user_id = ?")
        .params(
            deltas.keySet().stream().map(id -> id.value().toString()).toArray(String[]::new),
            deltas.values().stream().map(BigDecimal::toPlainString).toArray(String[]::new),
            user.value())
        .update();
  }
}
