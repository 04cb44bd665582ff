package com.spendwise.exchange.internal;

import com.spendwise.user.UserId;
import com.spendwise.wallet.WalletId;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for import_jobs. Every read of a job for a user filters by its owner. */
@Repository
public class JobRepository {

  private static final String COLUMNS =
      "id, user_id, wallet_id, format, state, rows_total, rows_done, recorded, duplicates,"
          + " skipped, categories_created, skipped_rows::text AS skipped_rows,"
          + " problem::text AS problem, attempts, created_at, finished_at";

  /** A job as stored, without its file. */
  public record JobRow(
      UUID id,
      UserId user,
      WalletId wallet,
      String format,
      String state,
      int rowsTotal,
      int rowsDone,
      int recorded,
      int duplicates,
      int skipped,
      List<String> categoriesCreated,
      String skippedRows,
      String problem,
      int attempts,
      Instant createdAt,
      Instant finishedAt) {}

  /** What a worker needs to run a job: its file and how to read it. */
  public record Work(
      JobRow job, String mapping, boolean skipInvalid, boolean createCategories, byte[] content) {}

  private final JdbcClient jdbc;

  JobRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * A queued job; the rows skipped for their problems count as done from the start. Jobs that
   * finished more than 30 days ago, anyone's, go at the same time (their files went when they
   * finished; their reports are kept that long).
   */
  public UUID insert(
      UserId user,
      WalletId wallet,
      String format,
      String mapping,
      boolean skipInvalid,
      boolean createCategories,
      byte[] content,
      int rowsTotal,
      int skipped) {
    jdbc.sql("DELETE FROM import_jobs WHERE finished_at < now() - interval '30 days'").update();
    return jdbc.sql(
            "INSERT INTO import_jobs (user_id, wallet_id, format, mapping, skip_invalid,"
                + " create_categories, content, state, rows_total, rows_done, skipped)"
                + " VALUES (?, ?, ?, CAST(? AS jsonb), ?, ?, ?, 'QUEUED', ?, ?, ?) RETURNING id")
        .params(
            user.value(),
            wallet.value(),
            format,
            mapping,
            skipInvalid,
            createCategories,
            content,
            rowsTotal,
            skipped,
            skipped)
        .query(UUID.class)
        .single();
  }

  public Optional<JobRow> find(UserId user, UUID id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM import_jobs WHERE id = ? AND user_id = ?")
        .params(id, user.value())
        .query((rs, n) -> row(rs))
        .optional();
  }

  /**
   * Takes the oldest job nobody holds (queued, or running under a lease that ran out) for {@code
   * owner} until {@code until}, counting the attempt.
   */
  public Optional<UUID> claim(UUID owner, Instant now, Instant until) {
    return jdbc.sql(
            "UPDATE import_jobs SET state = 'RUNNING', lease_owner = ?, lease_until = ?,"
                + " attempts = attempts + 1, updated_at = now()"
                + " WHERE id = (SELECT id FROM import_jobs"
                + " WHERE state = 'QUEUED' OR (state = 'RUNNING' AND lease_until < ?)"
                + " ORDER BY created_at LIMIT 1 FOR UPDATE SKIP LOCKED)"
                + " RETURNING id")
        .params(owner, Timestamp.from(until), Timestamp.from(now))
        .query(UUID.class)
        .optional();
  }

  public Work work(UUID id) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + ", mapping::text AS mapping, skip_invalid, create_categories, content"
                + " FROM import_jobs WHERE id = ?")
        .param(id)
        .query(
            (rs, n) ->
                new Work(
                    row(rs),
                    rs.getString("mapping"),
                    rs.getBoolean("skip_invalid"),
                    rs.getBoolean("create_categories"),
                    rs.getBytes("content")))
        .single();
  }

  /**
   * Locks the job for the caller's transaction if {@code owner} still holds it, and returns its
   * rows done; empty when another worker took it over.
   */
  public Optional<Integer> hold(UUID id, UUID owner) {
    return jdbc.sql(
            "SELECT rows_done FROM import_jobs"
                + " WHERE id = ? AND lease_owner = ? AND state = 'RUNNING' FOR UPDATE")
        .params(id, owner)
        .query(Integer.class)
        .optional();
  }

  /** Counts a chunk as done and extends the lease. */
  public void advance(UUID id, int rows, int recorded, int duplicates, Instant until) {
    jdbc.sql(
            "UPDATE import_jobs SET rows_done = rows_done + ?, recorded = recorded + ?,"
                + " duplicates = duplicates + ?, lease_until = ?, updated_at = now() WHERE id = ?")
        .params(rows, recorded, duplicates, Timestamp.from(until), id)
        .update();
  }

  public void categoriesCreated(UUID id, List<String> names) {
    jdbc.sql("UPDATE import_jobs SET categories_created = CAST(? AS text[]) WHERE id = ?")
        .params(names.toArray(String[]::new), id)
        .update();
  }

  /** Hands a job back to the queue without counting the attempt. */
  public boolean release(UUID id, UUID owner) {
    return jdbc.sql(
                "UPDATE import_jobs SET state = 'QUEUED', lease_owner = NULL, lease_until = NULL,"
                    + " attempts = attempts - 1, updated_at = now()"
                    + " WHERE id = ? AND lease_owner = ? AND state = 'RUNNING'")
            .params(id, owner)
            .update()
        == 1;
  }

  /** Ends the job, if {@code owner} still holds it: its file goes, its report stays. */
  public boolean finish(UUID id, UUID owner, String state, String skippedRows, String problem) {
    return jdbc.sql(
                "UPDATE import_jobs SET state = ?, skipped_rows = CAST(? AS jsonb),"
                    + " problem = CAST(? AS jsonb), content = NULL, lease_owner = NULL,"
                    + " lease_until = NULL, finished_at = now(), updated_at = now()"
                    + " WHERE id = ? AND lease_owner = ? AND state = 'RUNNING'")
            .params(state, skippedRows, problem, id, owner)
            .update()
        == 1;
  }

  private static JobRow row(ResultSet rs) throws SQLException {
    Array categories = rs.getArray("categories_created");
    Timestamp finished = rs.getTimestamp("finished_at");
    return new JobRow(
        rs.getObject("id", UUID.class),
        new UserId(rs.getObject("user_id", UUID.class)),
        new WalletId(rs.getObject("wallet_id", UUID.class)),
        rs.getString("format"),
        rs.getString("state"),
        rs.getInt("rows_total"),
        rs.getInt("rows_done"),
        rs.getInt("recorded"),
        rs.getInt("duplicates"),
        rs.getInt("skipped"),
        List.of((String[]) categories.getArray()),
        rs.getString("skipped_rows"),
        rs.getString("problem"),
        rs.getInt("attempts"),
        rs.getTimestamp("created_at").toInstant(),
        finished == null ? null : finished.toInstant());
  }
}
