package com.spendwise.recurring.internal;

import com.spendwise.category.CategoryId;
import com.spendwise.recurring.Interval;
import com.spendwise.recurring.RecurringId;
import com.spendwise.recurring.RecurringRule;
import com.spendwise.recurring.Schedule;
import com.spendwise.shared.Actors;
import com.spendwise.shared.KeysetPages;
import com.spendwise.shared.Page;
import com.spendwise.shared.PageRequest;
import com.spendwise.shared.PerUserLimit;
import com.spendwise.shared.SqlTimes;
import com.spendwise.transaction.EntryType;
import com.spendwise.user.UserId;
import com.spendwise.wallet.WalletId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for the recurring_transactions table. Statements serving a user name the owner. */
@Repository
public class RuleRepository {

  static final String COLUMNS =
      "id, type, wallet_id, category_id, amount, note, interval, interval_count, start_date,"
          + " end_date, next_date, is_active, version, created_at, updated_at, paused_reason,"
          + " created_by, updated_by";

  private final JdbcClient jdbc;

  RuleRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A rule as the scheduler claims it: with its owner and the owner's today. */
  public record DueRule(UserId user, RecurringRule rule, LocalDate today) {}

  public RecurringRule insert(UserId user, RecurringRule rule) {
    return jdbc.sql(
            "INSERT INTO recurring_transactions (user_id, type, wallet_id, category_id, amount,"
                + " note, interval, interval_count, start_date, end_date, next_date, is_active)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING "
                + COLUMNS)
        .param(user.value())
        .params(settable(rule))
        .query(RuleRepository::map)
        .single();
  }

  public Optional<RecurringRule> find(UserId user, RecurringId id) {
    return jdbc.sql(
            "SELECT " + COLUMNS + " FROM recurring_transactions WHERE id = ? AND user_id = ?")
        .params(id.value(), user.value())
        .query(RuleRepository::map)
        .optional();
  }

  /** Waits for the scheduler if it holds the rule, so the two never record one occurrence. */
  public Optional<RecurringRule> lock(UserId user, RecurringId id) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM recurring_transactions WHERE id = ? AND user_id = ? FOR UPDATE")
        .params(id.value(), user.value())
        .query(RuleRepository::map)
        .optional();
  }

  public Page<RecurringRule> page(UserId user, PageRequest page) {
    return KeysetPages.newestFirst(
        jdbc,
        "SELECT " + COLUMNS + " FROM recurring_transactions WHERE user_id = ?",
        List.of(user.value()),
        page,
        RuleRepository::map,
        RecurringRule::createdAt,
        r -> r.id().value());
  }

  public RecurringRule update(UserId user, RecurringRule rule) {
    return jdbc.sql(
            "UPDATE recurring_transactions SET type = ?, wallet_id = ?, category_id = ?,"
                + " amount = ?, note = ?, interval = ?, interval_count = ?, start_date = ?,"
                + " end_date = ?, next_date = ?, is_active = ?, paused_reason = NULL,"
                + " version = version + 1, updated_at = now() WHERE id = ? AND user_id = ? RETURNING "
                + COLUMNS)
        .params(settable(rule))
        .params(rule.id().value(), user.value())
        .query(RuleRepository::map)
        .single();
  }

  public void delete(UserId user, RecurringId id) {
    jdbc.sql("DELETE FROM recurring_transactions WHERE id = ? AND user_id = ?")
        .params(id.value(), user.value())
        .update();
  }

  /**
   * Locks up to {@code limit} active rules whose next date is today or earlier in their owner's
   * time zone, skipping rules another instance holds. {@code latestToday} (the date furthest east
   * right now) bounds the index scan; the join then applies each owner's own date.
   */
  public List<DueRule> claimDue(Instant now, LocalDate latestToday, int limit) {
    return jdbc.sql(
            "SELECT r.user_id, (CAST(? AS timestamptz) AT TIME ZONE u.timezone)::date AS today, "
                + COLUMNS.replaceAll("(\\w+)", "r.$1")
                + " FROM recurring_transactions r JOIN users u ON u.id = r.user_id"
                + " WHERE r.is_active AND r.next_date <= ?"
                + " AND r.next_date <= (CAST(? AS timestamptz) AT TIME ZONE u.timezone)::date"
                + " ORDER BY r.next_date LIMIT ? FOR UPDATE OF r SKIP LOCKED")
        .params(now.toString(), latestToday, now.toString(), limit)
        .query(RuleRepository::mapDue)
        .list();
  }

  /** Locks one rule if it is still due and nobody holds it. */
  public Optional<DueRule> claimOne(RecurringId id, Instant now) {
    return jdbc.sql(
            "SELECT r.user_id, (CAST(? AS timestamptz) AT TIME ZONE u.timezone)::date AS today, "
                + COLUMNS.replaceAll("(\\w+)", "r.$1")
                + " FROM recurring_transactions r JOIN users u ON u.id = r.user_id"
                + " WHERE r.id = ? AND r.is_active"
                + " AND r.next_date <= (CAST(? AS timestamptz) AT TIME ZONE u.timezone)::date"
                + " FOR UPDATE OF r SKIP LOCKED")
        .params(now.toString(), id.value(), now.toString())
        .query(RuleRepository::mapDue)
        .optional();
  }

  /** Moves claimed rules on: their next date, and whether they are still active. */
  public void advance(List<Plan> plans) {
    if (plans.isEmpty()) {
      return;
    }
    jdbc.sql(
            "UPDATE recurring_transactions r SET next_date = x.next_date, is_active = x.active,"
                + " version = r.version + 1, updated_at = now()"
                + " FROM unnest(CAST(? AS uuid[]), CAST(? AS date[]), CAST(? AS boolean[]))"
                + " AS x(id, next_date, active) WHERE r.id = x.id")
        .params(
            OccurrenceRepository.column(plans, p -> p.rule().id().value()),
            OccurrenceRepository.column(plans, Plan::nextDate),
            OccurrenceRepository.column(plans, Plan::active))
        .update();
  }

  /** Pauses a rule the scheduler could not record, keeping why (a problem code). */
  public void pause(RecurringId id, String reason) {
    jdbc.sql(
            "UPDATE recurring_transactions SET is_active = FALSE, paused_reason = ?,"
                + " version = version + 1, updated_at = now() WHERE id = ?")
        .params(reason, id.value())
        .update();
  }

  /** What a client sets, in the column order of the insert and the update. */
  private static List<Object> settable(RecurringRule rule) {
    return Arrays.asList(
        rule.type().name(),
        rule.walletId().value(),
        rule.categoryId() == null ? null : rule.categoryId().value(),
        rule.amount(),
        rule.note(),
        rule.schedule().interval().name(),
        rule.schedule().every(),
        rule.schedule().start(),
        rule.schedule().end(),
        rule.nextDate(),
        rule.active());
  }

  private static DueRule mapDue(ResultSet rs, int row) throws SQLException {
    return new DueRule(
        new UserId(rs.getObject("user_id", UUID.class)),
        map(rs, row),
        rs.getObject("today", LocalDate.class));
  }

  static RecurringRule map(ResultSet rs, int row) throws SQLException {
    UUID wallet = rs.getObject("wallet_id", UUID.class);
    UUID category = rs.getObject("category_id", UUID.class);
    return new RecurringRule(
        new RecurringId(rs.getObject("id", UUID.class)),
        EntryType.valueOf(rs.getString("type")),
        wallet == null ? null : new WalletId(wallet),
        category == null ? null : new CategoryId(category),
        rs.getBigDecimal("amount"),
        rs.getString("note"),
        new Schedule(
            Interval.valueOf(rs.getString("interval")),
            rs.getInt("interval_count"),
            rs.getObject("start_date", LocalDate.class),
            rs.getObject("end_date", LocalDate.class)),
        rs.getObject("next_date", LocalDate.class),
        rs.getBoolean("is_active"),
        rs.getLong("version"),
        rs.getTimestamp("created_at").toInstant(),
        rs.getTimestamp("updated_at").toInstant(),
        rs.getString("paused_reason"),
        Actors.of(rs));
  }

  /**
   * Inside the creating transaction: refuses a new one when the user has {@code limit} already (see
   * {@link PerUserLimit#checkRoom}).
   */
  public void checkRoom(UserId user, PerUserLimit limit) {
    limit.checkRoom(
        jdbc, user.value(), "SELECT count(*) FROM recurring_transactions WHERE user_id = ?");
  }

  /** Removes every rule of the user (a restore replaces them). */
  public void deleteAll(UserId user) {
    jdbc.sql("DELETE FROM recurring_transactions WHERE user_id = ?").param(user.value()).update();
  }

  /** A rule as a backup has it, on its wallet and category (their new ids, or null). */
  public void restore(
      UserId user, RecurringId id, RecurringRule r, WalletId wallet, CategoryId category) {
    jdbc.sql(
            "INSERT INTO recurring_transactions (id, user_id, type, wallet_id, category_id, amount,"
                + " note, interval, interval_count, start_date, end_date, next_date, is_active,"
                + " version, created_at, updated_at, paused_reason)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, coalesce(CAST(? AS timestamptz), now()), coalesce(CAST(? AS timestamptz), now()), ?)")
        .params(
            id.value(),
            user.value(),
            r.type().name(),
            wallet == null ? null : wallet.value(),
            category == null ? null : category.value(),
            r.amount(),
            r.note(),
            r.schedule().interval().name(),
            r.schedule().every(),
            r.schedule().start(),
            r.schedule().end(),
            r.nextDate(),
            r.active(),
            r.version(),
            SqlTimes.orNull(r.createdAt()),
            SqlTimes.orNull(r.updatedAt()),
            r.pausedReason() == null || r.active()
                ? null
                : r.pausedReason().substring(0, Math.min(100, r.pausedReason().length())))
        .update();
  }
}
