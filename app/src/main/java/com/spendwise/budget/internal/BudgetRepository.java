package com.spendwise.budget.internal;

import com.spendwise.budget.Budget;
import com.spendwise.budget.BudgetDraft;
import com.spendwise.budget.BudgetId;
import com.spendwise.budget.BudgetPeriod;
import com.spendwise.category.CategoryId;
import com.spendwise.shared.Actors;
import com.spendwise.shared.KeysetPages;
import com.spendwise.shared.Page;
import com.spendwise.shared.PageRequest;
import com.spendwise.shared.PerUserLimit;
import com.spendwise.shared.SqlTimes;
import com.spendwise.user.UserId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for the budgets and budget_alerts tables. Every statement names the owner. */
@Repository
public class BudgetRepository {

  private static final String COLUMNS =
      "id, category_id, period, amount, currency, start_date, version, created_at, updated_at,"
          + " created_by, updated_by";

  private final JdbcClient jdbc;

  BudgetRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** {@code draft} is complete: currency and start date are filled in. */
  public Budget insert(UserId user, BudgetDraft draft) {
    return jdbc.sql(
            "INSERT INTO budgets (user_id, category_id, period, amount, currency, start_date)"
                + " VALUES (?, ?, ?, ?, ?, ?) RETURNING "
                + COLUMNS)
        .params(
            user.value(),
            category(draft),
            draft.period().name(),
            draft.amount(),
            draft.currency(),
            draft.startDate())
        .query(BudgetRepository::map)
        .single();
  }

  public Optional<Budget> find(UserId user, BudgetId id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM budgets WHERE id = ? AND user_id = ?")
        .params(id.value(), user.value())
        .query(BudgetRepository::map)
        .optional();
  }

  public Optional<Budget> lock(UserId user, BudgetId id) {
    return jdbc.sql(
            "SELECT " + COLUMNS + " FROM budgets WHERE id = ? AND user_id = ? FOR NO KEY UPDATE")
        .params(id.value(), user.value())
        .query(BudgetRepository::map)
        .optional();
  }

  public Page<Budget> page(UserId user, PageRequest page) {
    return KeysetPages.newestFirst(
        jdbc,
        "SELECT " + COLUMNS + " FROM budgets WHERE user_id = ?",
        List.of(user.value()),
        page,
        BudgetRepository::map,
        Budget::createdAt,
        b -> b.id().value());
  }

  public Budget update(UserId user, BudgetId id, BudgetDraft draft) {
    return jdbc.sql(
            "UPDATE budgets SET category_id = ?, period = ?, amount = ?, currency = ?,"
                + " start_date = ?, version = version + 1, updated_at = now()"
                + " WHERE id = ? AND user_id = ? RETURNING "
                + COLUMNS)
        .params(
            category(draft),
            draft.period().name(),
            draft.amount(),
            draft.currency(),
            draft.startDate(),
            id.value(),
            user.value())
        .query(BudgetRepository::map)
        .single();
  }

  public void delete(UserId user, BudgetId id) {
    jdbc.sql("DELETE FROM budgets WHERE id = ? AND user_id = ?")
        .params(id.value(), user.value())
        .update();
  }

  /**
   * Locks, in id order, the budgets that expenses in these currencies and categories up to {@code
   * latest} could count towards. Writers that touch one budget therefore take turns, and each sees
   * the spending the previous one committed.
   */
  public List<Budget> lockCounting(
      UserId user, Collection<String> currencies, Collection<UUID> categories, LocalDate latest) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM budgets WHERE user_id = ? AND currency = ANY(CAST(? AS text[]))"
                + " AND (category_id IS NULL OR category_id = ANY(CAST(? AS uuid[])))"
                + " AND start_date <= ? ORDER BY id FOR NO KEY UPDATE")
        .params(
            user.value(),
            currencies.toArray(String[]::new),
            categories.stream().map(UUID::toString).toArray(String[]::new),
            latest)
        .query(BudgetRepository::map)
        .list();
  }

  /** Records alert levels for a period; returns those that were not recorded before. */
  public List<String> recordAlerts(BudgetId id, LocalDate periodStart, List<String> levels) {
    return jdbc.sql(
            "INSERT INTO budget_alerts (budget_id, period_start, level)"
                + " SELECT ?, ?, level FROM unnest(CAST(? AS text[])) AS x(level)"
                + " ON CONFLICT DO NOTHING RETURNING level")
        .params(id.value(), periodStart, levels.toArray(String[]::new))
        .query(String.class)
        .list();
  }

  /** Forgets the alerts sent, so a changed budget alerts afresh. */
  public void clearAlerts(BudgetId id) {
    jdbc.sql("DELETE FROM budget_alerts WHERE budget_id = ?").param(id.value()).update();
  }

  private static UUID category(BudgetDraft draft) {
    return draft.categoryId() == null ? null : draft.categoryId().value();
  }

  private static Budget map(ResultSet rs, int row) throws SQLException {
    UUID category = rs.getObject("category_id", UUID.class);
    return new Budget(
        new BudgetId(rs.getObject("id", UUID.class)),
        category == null ? null : new CategoryId(category),
        BudgetPeriod.valueOf(rs.getString("period")),
        rs.getBigDecimal("amount"),
        rs.getString("currency"),
        rs.getObject("start_date", LocalDate.class),
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
    limit.checkRoom(jdbc, user.value(), "SELECT count(*) FROM budgets WHERE user_id = ?");
  }

  /** Removes every budget of the user (a restore replaces them). */
  public void deleteAll(UserId user) {
    jdbc.sql("DELETE FROM budgets WHERE user_id = ?").param(user.value()).update();
  }

  /** A budget as a backup has it, for {@code category} (its new id; null: all expenses). */
  public void restore(UserId user, BudgetId id, Budget b, CategoryId category) {
    jdbc.sql(
            "INSERT INTO budgets (id, user_id, category_id, period, amount, currency, start_date,"
                + " version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, coalesce(CAST(? AS timestamptz), now()), coalesce(CAST(? AS timestamptz), now()))")
        .params(
            id.value(),
            user.value(),
            category == null ? null : category.value(),
            b.period().name(),
            b.amount(),
            b.currency(),
            b.startDate(),
            b.version(),
            SqlTimes.orNull(b.createdAt()),
            SqlTimes.orNull(b.updatedAt()))
        .update();
  }
}
