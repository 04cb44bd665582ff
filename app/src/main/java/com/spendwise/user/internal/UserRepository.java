package com.spendwise.user.internal;

import com.spendwise.user.UserId;
import com.spendwise.user.UserProfile;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for the users table. */
@Repository
public class UserRepository {

  private static final String COLUMNS =
      "id, email, display_name, default_currency, timezone, language, suggest_rules, version,"
          + " created_at,"
          + " updated_at";

  private final JdbcClient jdbc;

  UserRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public boolean databaseKnowsTimeZone(String zone) {
    return jdbc.sql("SELECT EXISTS (SELECT 1 FROM pg_timezone_names WHERE name = ?)")
        .param(zone)
        .query(Boolean.class)
        .single();
  }

  /** Deletes the user of a token subject and, through its foreign keys, all their data. */
  public int deleteBySubject(String subject) {
    return jdbc.sql("DELETE FROM users WHERE cognito_sub = ?").param(subject).update();
  }

  public Optional<UserProfile> findBySubject(String subject) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM users WHERE cognito_sub = ?")
        .param(subject)
        .query(UserRepository::map)
        .optional();
  }

  public Optional<UserProfile> findById(UserId id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM users WHERE id = ?")
        .param(id.value())
        .query(UserRepository::map)
        .optional();
  }

  public Optional<UserProfile> lock(UserId id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM users WHERE id = ? FOR UPDATE")
        .param(id.value())
        .query(UserRepository::map)
        .optional();
  }

  /** Empty when the subject or the email already has a row. */
  public Optional<UserProfile> insertIfAbsent(
      String subject, String email, String currency, String timeZone) {
    return jdbc.sql(
            "INSERT INTO users (cognito_sub, email, default_currency, timezone)"
                + " VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING RETURNING "
                + COLUMNS)
        .params(subject, email, currency, timeZone)
        .query(UserRepository::map)
        .optional();
  }

  /** A shared ledger's own row: named, without an email, with its creator's settings. */
  public UserProfile insertLedger(UserProfile creator, String name) {
    return jdbc.sql(
            "INSERT INTO users (cognito_sub, display_name, default_currency, timezone, language)"
                + " VALUES ('ledger:' || gen_random_uuid(), ?, ?, ?, ?) RETURNING "
                + COLUMNS)
        .params(name, creator.defaultCurrency(), creator.timeZone(), creator.language())
        .query(UserRepository::map)
        .single();
  }

  /** Whether the row is a shared ledger's (named through its own rename, not as a profile). */
  public boolean isLedger(UserId id) {
    return jdbc.sql(
            "SELECT EXISTS (SELECT 1 FROM users WHERE id = ? AND cognito_sub LIKE 'ledger:%')")
        .param(id.value())
        .query(Boolean.class)
        .single();
  }

  public void rename(UserId id, String name) {
    jdbc.sql(
            "UPDATE users SET display_name = ?, version = version + 1, updated_at = now()"
                + " WHERE id = ?")
        .params(name, id.value())
        .update();
  }

  /** Deletes a shared ledger's row (and, by cascade, everything recorded in it). */
  public int deleteLedger(UserId id) {
    return jdbc.sql("DELETE FROM users WHERE id = ? AND cognito_sub LIKE 'ledger:%'")
        .param(id.value())
        .update();
  }

  public Optional<UserId> idByEmail(String email) {
    return jdbc.sql("SELECT id FROM users WHERE lower(email) = lower(?)")
        .param(email)
        .query((rs, n) -> new UserId(rs.getObject(1, java.util.UUID.class)))
        .optional();
  }

  /** Empty when another user already has this email. */
  public Optional<UserProfile> updateEmail(UserId id, String email) {
    boolean taken =
        jdbc.sql("SELECT EXISTS (SELECT 1 FROM users WHERE lower(email) = lower(?) AND id <> ?)")
            .params(email, id.value())
            .query(Boolean.class)
            .single();
    if (taken) {
      return Optional.empty();
    }
    return Optional.of(
        jdbc.sql(
                "UPDATE users SET email = ?, version = version + 1, updated_at = now()"
                    + " WHERE id = ? RETURNING "
                    + COLUMNS)
            .params(email, id.value())
            .query(UserRepository::map)
            .single());
  }

  public UserProfile update(UserProfile user) {
    return jdbc.sql(
            "UPDATE users SET display_name = ?, default_currency = ?, timezone = ?, language = ?,"
                + " suggest_rules = ?, version = version + 1, updated_at = now() WHERE id = ? RETURNING "
                + COLUMNS)
        .params(
            user.displayName(),
            user.defaultCurrency(),
            user.timeZone(),
            user.language(),
            user.suggestRules(),
            user.id().value())
        .query(UserRepository::map)
        .single();
  }

  private static UserProfile map(ResultSet rs, int row) throws SQLException {
    return new UserProfile(
        new UserId(rs.getObject("id", UUID.class)),
        rs.getString("email"),
        rs.getString("display_name"),
        rs.getString("default_currency"),
        rs.getString("timezone"),
        rs.getString("language"),
        rs.getBoolean("suggest_rules"),
        rs.getLong("version"),
        rs.getTimestamp("created_at").toInstant(),
        rs.getTimestamp("updated_at").toInstant());
  }
}
