package com.spendwise.rule.internal;

import com.spendwise.rule.Rule;
import com.spendwise.rule.RuleAction;
import com.spendwise.rule.RuleCondition;
import com.spendwise.rule.RuleCondition.Match;
import com.spendwise.rule.RuleDraft;
import com.spendwise.rule.RuleDraft.RunsOn;
import com.spendwise.rule.RuleId;
import com.spendwise.shared.Actors;
import com.spendwise.shared.PerUserLimit;
import com.spendwise.user.UserId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** SQL for the rules table. Every statement names the owner. */
@Repository
public class RuleSetRepository {

  private static final String COLUMNS =
      "id, name, position, active, stop_processing, runs_on, match, conditions, actions, problem,"
          + " version, created_at, updated_at, created_by, updated_by";
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final TypeReference<List<RuleCondition>> CONDITIONS = new TypeReference<>() {};
  private static final TypeReference<List<RuleAction>> ACTIONS = new TypeReference<>() {};

  private final JdbcClient jdbc;

  RuleSetRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void checkRoom(UserId user, PerUserLimit limit) {
    limit.checkRoom(jdbc, user.value(), "SELECT count(*) FROM rules WHERE user_id = ?");
  }

  /** Every rule of the user in the order they run (at most the limit, which the API holds). */
  public List<Rule> all(UserId user) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM rules WHERE user_id = ? ORDER BY position, created_at, id LIMIT 1000")
        .param(user.value())
        .query(RuleSetRepository::map)
        .list();
  }

  /**
   * A stamp that changes whenever the user's rules do (one is added, changed or removed): what a
   * cache of compiled rules checks before each use.
   */
  public String stamp(UserId user) {
    return jdbc.sql(
            "SELECT count(*) || '/' || coalesce(sum(version), 0) || '/'"
                + " || coalesce(max(updated_at)::text, '') FROM rules WHERE user_id = ?")
        .param(user.value())
        .query(String.class)
        .single();
  }

  public Optional<Rule> find(UserId user, RuleId id, boolean lock) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM rules WHERE id = ? AND user_id = ?"
                + (lock ? " FOR UPDATE" : ""))
        .params(id.value(), user.value())
        .query(RuleSetRepository::map)
        .optional();
  }

  public Rule insert(UserId user, RuleId id, RuleDraft draft, int position) {
    return jdbc.sql(
            "INSERT INTO rules (id, user_id, name, position, active, stop_processing, runs_on,"
                + " match, conditions, actions) VALUES (?, ?, ?, ?, ?, ?, ?, ?,"
                + " CAST(? AS jsonb), CAST(? AS jsonb)) RETURNING "
                + COLUMNS)
        .params(
            id.value(),
            user.value(),
            draft.name(),
            position,
            draft.active(),
            draft.stopProcessing(),
            draft.runsOn().name(),
            draft.match().name(),
            JSON.writeValueAsString(draft.conditions()),
            JSON.writeValueAsString(draft.actions()))
        .query(RuleSetRepository::map)
        .single();
  }

  public Rule update(UserId user, RuleId id, RuleDraft draft, int position) {
    return jdbc.sql(
            "UPDATE rules SET name = ?, position = ?, active = ?, stop_processing = ?,"
                + " runs_on = ?, match = ?, conditions = CAST(? AS jsonb),"
                + " actions = CAST(? AS jsonb), problem = NULL, version = version + 1,"
                + " updated_at = now() WHERE id = ? AND user_id = ? RETURNING "
                + COLUMNS)
        .params(
            draft.name(),
            position,
            draft.active(),
            draft.stopProcessing(),
            draft.runsOn().name(),
            draft.match().name(),
            JSON.writeValueAsString(draft.conditions()),
            JSON.writeValueAsString(draft.actions()),
            id.value(),
            user.value())
        .query(RuleSetRepository::map)
        .single();
  }

  public int nextPosition(UserId user) {
    return jdbc.sql("SELECT coalesce(max(position), 0) + 1 FROM rules WHERE user_id = ?")
        .param(user.value())
        .query(Integer.class)
        .single();
  }

  public void delete(UserId user, RuleId id) {
    jdbc.sql("DELETE FROM rules WHERE id = ? AND user_id = ?")
        .params(id.value(), user.value())
        .update();
  }

  /** Records why a rule was skipped, unless it says so already (no write, then). */
  public void reportProblem(UserId user, RuleId id, String problem) {
    jdbc.sql(
            "UPDATE rules SET problem = ? WHERE id = ? AND user_id = ?"
                + " AND problem IS DISTINCT FROM ?")
        .params(problem, id.value(), user.value(), problem)
        .update();
  }

  public void deleteAll(UserId user) {
    jdbc.sql("DELETE FROM rules WHERE user_id = ?").param(user.value()).update();
  }

  /** A rule as a backup had it, under the id the restore chose. */
  public void restore(UserId user, RuleId id, Rule rule) {
    jdbc.sql(
            "INSERT INTO rules (id, user_id, name, position, active, stop_processing, runs_on,"
                + " match, conditions, actions, version, created_at, updated_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb), CAST(? AS jsonb), ?,"
                + " coalesce(CAST(? AS timestamptz), now()), coalesce(CAST(? AS timestamptz), now()))")
        .params(
            id.value(),
            user.value(),
            rule.name(),
            rule.position(),
            rule.active(),
            rule.stopProcessing(),
            rule.runsOn().name(),
            rule.match().name(),
            JSON.writeValueAsString(rule.conditions()),
            JSON.writeValueAsString(rule.actions()),
            rule.version(),
            rule.createdAt() == null ? null : rule.createdAt().toString(),
            rule.updatedAt() == null ? null : rule.updatedAt().toString())
        .update();
  }

  private static Rule map(ResultSet rs, int row) throws SQLException {
    return new Rule(
        new RuleId(rs.getObject("id", UUID.class)),
        rs.getString("name"),
        rs.getInt("position"),
        rs.getBoolean("active"),
        rs.getBoolean("stop_processing"),
        RunsOn.valueOf(rs.getString("runs_on")),
        Match.valueOf(rs.getString("match")),
        JSON.readValue(rs.getString("conditions"), CONDITIONS),
        JSON.readValue(rs.getString("actions"), ACTIONS),
        rs.getString("problem"),
        rs.getLong("version"),
        instant(rs, "created_at"),
        instant(rs, "updated_at"),
        Actors.of(rs));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    return rs.getTimestamp(column).toInstant();
  }
}
