package com.spendwise.exchange.internal;

import com.spendwise.budget.Budget;
import com.spendwise.category.Category;
import com.spendwise.goal.Goal;
import com.spendwise.notification.Notification;
import com.spendwise.recurring.RecurringRule;
import com.spendwise.report.ExchangeRate;
import com.spendwise.shared.SqlArrays;
import com.spendwise.tag.TagView;
import com.spendwise.transaction.LedgerEntry;
import com.spendwise.user.UserId;
import com.spendwise.wallet.Wallet;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL of a restore: rows go in as the backup has them (with new ids, which the caller maps), with
 * their versions and timestamps, and without the reactions a create has (budget alerts, goal
 * notifications, a recurring rule's first date): a restore repeats history, it does not make it.
 * Every statement filters or stamps the owner.
 */
@Repository
public class RestoreWriter {

  private final JdbcClient jdbc;
  private final Clock clock;

  RestoreWriter(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /**
   * Locks the user's row until the caller's transaction ends. Every insert of the user's data takes
   * a key-share lock on it (the foreign key), so no transaction can be created while a restore
   * runs, and the restore waits for any being created.
   */
  public void lockOwner(UserId user) {
    jdbc.sql("SELECT id FROM users WHERE id = ? FOR UPDATE")
        .param(user.value())
        .query()
        .listOfRows();
  }

  public boolean hasTransactions(UserId user) {
    return jdbc.sql("SELECT EXISTS (SELECT 1 FROM transactions WHERE user_id = ?)")
        .param(user.value())
        .query(Boolean.class)
        .single();
  }

  /** Removes what a restore replaces; the account holds no transactions, so no history goes. */
  public void clear(UserId user) {
    for (String table :
        List.of(
            "notifications",
            "budgets",
            "goals",
            "recurring_transactions",
            "exchange_rates",
            "tags",
            "categories",
            "wallets")) {
      jdbc.sql("DELETE FROM " + table + " WHERE user_id = ?").param(user.value()).update();
    }
  }

  /**
   * A wallet whose balance starts at its opening balance; {@link #settleBalances} adds the rest.
   */
  public void wallet(UserId user, UUID id, Wallet w) {
    jdbc.sql(
            "INSERT INTO wallets (id, user_id, name, currency, opening_balance, balance, archived,"
                + " version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            id,
            user.value(),
            w.name(),
            w.currency(),
            w.openingBalance(),
            w.openingBalance(),
            w.archived(),
            w.version(),
            time(w.createdAt()),
            time(w.updatedAt()))
        .update();
  }

  public void category(UserId user, UUID id, Category c) {
    jdbc.sql(
            "INSERT INTO categories (id, user_id, name, type, icon, color, version, created_at,"
                + " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            id,
            user.value(),
            c.name(),
            c.type().name(),
            c.icon(),
            c.color(),
            c.version(),
            time(c.createdAt()),
            time(c.updatedAt()))
        .update();
  }

  public void tag(UserId user, UUID id, TagView t) {
    jdbc.sql(
            "INSERT INTO tags (id, user_id, name, version, created_at, updated_at)"
                + " VALUES (?, ?, ?, ?, ?, ?)")
        .params(id, user.value(), t.name(), t.version(), time(t.createdAt()), time(t.updatedAt()))
        .update();
  }

  public void exchangeRate(UserId user, ExchangeRate r) {
    jdbc.sql(
            "INSERT INTO exchange_rates (user_id, base, quote, rate, date, version, created_at,"
                + " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            user.value(),
            r.base(),
            r.quote(),
            r.rate(),
            r.date(),
            r.version(),
            time(r.createdAt()),
            time(r.updatedAt()))
        .update();
  }

  public void budget(UserId user, UUID id, Budget b, UUID category) {
    jdbc.sql(
            "INSERT INTO budgets (id, user_id, category_id, period, amount, currency, start_date,"
                + " version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            id,
            user.value(),
            category,
            b.period().name(),
            b.amount(),
            b.currency(),
            b.startDate(),
            b.version(),
            time(b.createdAt()),
            time(b.updatedAt()))
        .update();
  }

  /**
   * A goal; a deadline already past counts as notified, so the restored account is not told again
   * about a deadline its owner was told about before the backup.
   */
  public void goal(UserId user, UUID id, Goal g, LocalDate today) {
    jdbc.sql(
            "INSERT INTO goals (id, user_id, name, description, target_amount, current_amount,"
                + " currency, deadline, notification_sent, deadline_notified, version, created_at,"
                + " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            id,
            user.value(),
            g.name(),
            g.description(),
            g.targetAmount(),
            g.currentAmount(),
            g.currency(),
            g.deadline(),
            g.reachedNotified(),
            g.deadline() != null && g.deadline().isBefore(today),
            g.version(),
            time(g.createdAt()),
            time(g.updatedAt()))
        .update();
  }

  public void rule(UserId user, UUID id, RecurringRule r, UUID wallet, UUID category) {
    jdbc.sql(
            "INSERT INTO recurring_transactions (id, user_id, type, wallet_id, category_id, amount,"
                + " note, interval, interval_count, start_date, end_date, next_date, is_active,"
                + " version, created_at, updated_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            id,
            user.value(),
            r.type().name(),
            wallet,
            category,
            r.amount(),
            r.note(),
            r.schedule().interval().name(),
            r.schedule().every(),
            r.schedule().start(),
            r.schedule().end(),
            r.nextDate(),
            r.active(),
            r.version(),
            time(r.createdAt()),
            time(r.updatedAt()))
        .update();
  }

  public void notification(UserId user, Notification n, UUID subject) {
    jdbc.sql(
            "INSERT INTO notifications (user_id, type, message, is_read, subject_type, subject_id,"
                + " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            user.value(),
            n.type().name(),
            n.message(),
            n.read(),
            n.subject() == null ? null : n.subject().kind().name(),
            subject,
            time(n.createdAt()),
            time(n.updatedAt()))
        .update();
  }

  /**
   * Inserts entries whose ids and references are already the new ones, and their tags, in two
   * statements however many there are.
   */
  public void transactions(UserId user, List<LedgerEntry> entries) {
    jdbc.sql(
            "INSERT INTO transactions (id, user_id, type, amount, source_wallet_id,"
                + " target_wallet_id, target_amount, category_id, date, note,"
                + " recurring_transaction_id, version, created_at, updated_at)"
                + " SELECT id, ?, type, amount, source, target, target_amount, category, date, note,"
                + " rule, version, coalesce(created_at, now()), coalesce(updated_at, now())"
                + " FROM unnest(CAST(? AS uuid[]), CAST(? AS text[]), CAST(? AS numeric[]),"
                + " CAST(? AS uuid[]), CAST(? AS uuid[]), CAST(? AS numeric[]), CAST(? AS uuid[]),"
                + " CAST(? AS date[]), CAST(? AS text[]), CAST(? AS uuid[]), CAST(? AS bigint[]),"
                + " CAST(? AS timestamptz[]), CAST(? AS timestamptz[]))"
                + " AS x(id, type, amount, source, target, target_amount, category, date, note,"
                + " rule, version, created_at, updated_at)")
        .params(
            user.value(),
            SqlArrays.column(entries, e -> e.id().value()),
            SqlArrays.column(entries, e -> e.type().name()),
            SqlArrays.column(entries, LedgerEntry::amount),
            SqlArrays.column(
                entries, e -> e.sourceWalletId() == null ? null : e.sourceWalletId().value()),
            SqlArrays.column(
                entries, e -> e.targetWalletId() == null ? null : e.targetWalletId().value()),
            SqlArrays.column(entries, LedgerEntry::targetAmount),
            SqlArrays.column(entries, e -> e.categoryId() == null ? null : e.categoryId().value()),
            SqlArrays.column(entries, LedgerEntry::date),
            SqlArrays.column(entries, LedgerEntry::note),
            SqlArrays.column(entries, LedgerEntry::recurringTransactionId),
            SqlArrays.column(entries, LedgerEntry::version),
            SqlArrays.column(entries, LedgerEntry::createdAt),
            SqlArrays.column(entries, LedgerEntry::updatedAt))
        .update();
    List<String> transactionIds = new ArrayList<>();
    List<String> tagIds = new ArrayList<>();
    for (LedgerEntry entry : entries) {
      entry.tagIds().stream()
          .distinct()
          .forEach(
              tag -> {
                transactionIds.add(entry.id().value().toString());
                tagIds.add(tag.value().toString());
              });
    }
    if (!tagIds.isEmpty()) {
      jdbc.sql(
              "INSERT INTO transaction_tags (transaction_id, tag_id, user_id)"
                  + " SELECT transaction_id, tag_id, ? FROM unnest(CAST(? AS uuid[]),"
                  + " CAST(? AS uuid[])) AS x(transaction_id, tag_id)")
          .params(
              user.value(), transactionIds.toArray(String[]::new), tagIds.toArray(String[]::new))
          .update();
    }
  }

  /**
   * Sets every wallet's balance to its opening balance plus what its transactions moved, and
   * returns the balances by wallet id.
   */
  public Map<UUID, BigDecimal> settleBalances(UserId user) {
    Map<UUID, BigDecimal> balances = new HashMap<>();
    jdbc.sql(
            "UPDATE wallets w SET balance = w.opening_balance"
                + " + coalesce((SELECT sum(coalesce(t.target_amount, t.amount)) FROM transactions t"
                + " WHERE t.user_id = w.user_id AND t.target_wallet_id = w.id), 0)"
                + " - coalesce((SELECT sum(t.amount) FROM transactions t"
                + " WHERE t.user_id = w.user_id AND t.source_wallet_id = w.id), 0)"
                + " WHERE w.user_id = ? RETURNING w.id, w.balance")
        .param(user.value())
        .query((rs, n) -> balances.put(rs.getObject("id", UUID.class), rs.getBigDecimal("balance")))
        .list();
    return balances;
  }

  /** A record's own time; a hand-made backup without one gets the time of the restore. */
  private Timestamp time(Instant instant) {
    return Timestamp.from(instant == null ? clock.instant() : instant);
  }
}
