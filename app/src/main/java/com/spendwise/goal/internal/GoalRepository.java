package com.spendwise.goal.internal;

import com.spendwise.goal.Goal;
import com.spendwise.goal.GoalDraft;
import com.spendwise.goal.GoalId;
import com.spendwise.shared.Actors;
import com.spendwise.shared.KeysetPages;
import com.spendwise.shared.Page;
import com.spendwise.shared.PageRequest;
import com.spendwise.shared.PerUserLimit;
import com.spendwise.shared.SqlTimes;
import com.spendwise.user.UserId;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for the goals table. Every statement that serves a user names the owner. */
@Repository
public class GoalRepository {

  private static final String COLUMNS =
      "id, name, description, target_amount, current_amount, currency, deadline,"
          + " notification_sent, version, created_at, updated_at, created_by, updated_by";

  private final JdbcClient jdbc;

  GoalRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** {@code draft} is complete: current amount and currency are filled in. */
  public Goal insert(UserId user, GoalDraft draft) {
    return jdbc.sql(
            "INSERT INTO goals (user_id, name, description, target_amount, current_amount,"
                + " currency, deadline) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING "
                + COLUMNS)
        .params(
            user.value(),
            draft.name(),
            draft.description(),
            draft.targetAmount(),
            draft.currentAmount(),
            draft.currency(),
            draft.deadline())
        .query(GoalRepository::map)
        .single();
  }

  public Optional<Goal> find(UserId user, GoalId id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM goals WHERE id = ? AND user_id = ?")
        .params(id.value(), user.value())
        .query(GoalRepository::map)
        .optional();
  }

  public Optional<Goal> lock(UserId user, GoalId id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM goals WHERE id = ? AND user_id = ? FOR UPDATE")
        .params(id.value(), user.value())
        .query(GoalRepository::map)
        .optional();
  }

  public Page<Goal> page(UserId user, PageRequest page) {
    return KeysetPages.newestFirst(
        jdbc,
        "SELECT " + COLUMNS + " FROM goals WHERE user_id = ?",
        List.of(user.value()),
        page,
        GoalRepository::map,
        Goal::createdAt,
        g -> g.id().value());
  }

  /** Replaces a goal; a changed deadline is warned about afresh. */
  public Goal update(UserId user, GoalId id, GoalDraft draft) {
    return jdbc.sql(
            "UPDATE goals SET name = ?, description = ?, target_amount = ?, current_amount = ?,"
                + " currency = ?, deadline_notified = deadline_notified"
                + " AND deadline IS NOT DISTINCT FROM ?, deadline = ?,"
                + " version = version + 1, updated_at = now()"
                + " WHERE id = ? AND user_id = ? RETURNING "
                + COLUMNS)
        .params(
            draft.name(),
            draft.description(),
            draft.targetAmount(),
            draft.currentAmount(),
            draft.currency(),
            draft.deadline(),
            draft.deadline(),
            id.value(),
            user.value())
        .query(GoalRepository::map)
        .single();
  }

  public Goal setCurrent(UserId user, GoalId id, BigDecimal current) {
    return jdbc.sql(
            "UPDATE goals SET current_amount = ?, version = version + 1, updated_at = now()"
                + " WHERE id = ? AND user_id = ? RETURNING "
                + COLUMNS)
        .params(current, id.value(), user.value())
        .query(GoalRepository::map)
        .single();
  }

  /** Marks a locked goal's GOAL_REACHED as sent; false when it had been already. */
  public boolean markReachedNotified(UserId user, GoalId id) {
    return jdbc.sql(
                "UPDATE goals SET notification_sent = TRUE"
                    + " WHERE id = ? AND user_id = ? AND NOT notification_sent")
            .params(id.value(), user.value())
            .update()
        == 1;
  }

  public void delete(UserId user, GoalId id) {
    jdbc.sql("DELETE FROM goals WHERE id = ? AND user_id = ?")
        .params(id.value(), user.value())
        .update();
  }

  /** A goal whose deadline notice is due, with its owner. */
  public record DeadlineDue(UserId user, Goal goal) {}

  /**
   * Marks, and returns, up to {@code limit} unreached goals whose deadline is today or within
   * {@code days} days of today in their owner's time zone and whose notice was not sent. Rows
   * another instance is marking are skipped, so each notice is claimed once.
   */
  public List<DeadlineDue> claimDeadlines(Instant now, int days, int limit) {
    return jdbc.sql(
            "WITH due AS (SELECT g.id FROM goals g JOIN users u ON u.id = g.user_id"
                + " WHERE g.deadline IS NOT NULL AND NOT g.deadline_notified"
                + " AND g.current_amount < g.target_amount"
                + " AND g.deadline BETWEEN (CAST(? AS timestamptz) AT TIME ZONE u.timezone)::date"
                + " AND (CAST(? AS timestamptz) AT TIME ZONE u.timezone)::date + ?"
                + " LIMIT ? FOR UPDATE OF g SKIP LOCKED)"
                + " UPDATE goals g SET deadline_notified = TRUE FROM due WHERE g.id = due.id"
                + " RETURNING g.user_id, "
                + COLUMNS.replaceAll("(\\w+)", "g.$1"))
        .params(now.toString(), now.toString(), days, limit)
        .query(
            (rs, n) -> new DeadlineDue(new UserId(rs.getObject("user_id", UUID.class)), map(rs, n)))
        .list();
  }

  private static Goal map(ResultSet rs, int row) throws SQLException {
    return new Goal(
        new GoalId(rs.getObject("id", UUID.class)),
        rs.getString("name"),
        rs.getString("description"),
        rs.getBigDecimal("target_amount"),
        rs.getBigDecimal("current_amount"),
        rs.getString("currency"),
        rs.getObject("deadline", LocalDate.class),
        rs.getBoolean("notification_sent"),
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
    limit.checkRoom(jdbc, user.value(), "SELECT count(*) FROM goals WHERE user_id = ?");
  }

  /** Removes every goal of the user (a restore replaces them). */
  public void deleteAll(UserId user) {
    jdbc.sql("DELETE FROM goals WHERE user_id = ?").param(user.value()).update();
  }

  /**
   * A goal as a backup has it; {@code deadlineNotified} says whether its deadline notice counts as
   * sent.
   */
  public void restore(UserId user, GoalId id, Goal g, boolean deadlineNotified) {
    jdbc.sql(
            "INSERT INTO goals (id, user_id, name, description, target_amount, current_amount,"
                + " currency, deadline, notification_sent, deadline_notified, version, created_at,"
                + " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, coalesce(CAST(? AS timestamptz), now()), coalesce(CAST(? AS timestamptz), now()))")
        .params(
            id.value(),
            user.value(),
            g.name(),
            g.description(),
            g.targetAmount(),
            g.currentAmount(),
            g.currency(),
            g.deadline(),
            g.reachedNotified(),
            deadlineNotified,
            g.version(),
            SqlTimes.orNull(g.createdAt()),
            SqlTimes.orNull(g.updatedAt()))
        .update();
  }
}
