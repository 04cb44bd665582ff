package com.spendwise.shared;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Idempotency keys: the first request with a key claims it and stores its response in the same
 * database transaction as its write; a later request with the key gets that response back. Two
 * requests that arrive together serialize on the key's primary key: the second waits for the first
 * to commit (then replays) or roll back (then runs itself).
 */
@Component
public class Idempotency {

  /** What a replay sends back. */
  public record StoredResponse(int status, String location, String etag, String body) {}

  private final JdbcClient jdbc;
  private final Transactions transactions;

  Idempotency(JdbcClient jdbc, Transactions transactions) {
    this.jdbc = jdbc;
    this.transactions = transactions;
  }

  /**
   * Runs {@code work} once per (ledger, person acting, key); {@code requestHash} identifies the
   * request, and a different request under a used key is refused with 422.
   */
  public Replay run(UUID userId, String key, String requestHash, Supplier<StoredResponse> work) {
    if (key.isEmpty() || key.length() > 255) {
      throw ProblemException.invalidField(
          "Idempotency-Key", "size", "Must be 1 to 255 characters.");
    }
    UUID actorId = Acting.actor().orElse(userId);
    return transactions.write(
        () -> {
          boolean claimed =
              jdbc.sql(
                          "INSERT INTO idempotency_keys (user_id, actor_id, key, request_hash)"
                              + " VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")
                      .params(userId, actorId, key, requestHash)
                      .update()
                  == 1;
          if (!claimed) {
            return new Replay(stored(userId, actorId, key, requestHash), true);
          }
          StoredResponse response = work.get();
          jdbc.sql(
                  "UPDATE idempotency_keys SET status = ?, location = ?, etag = ?,"
                      + " response_body = ? WHERE user_id = ? AND actor_id = ? AND key = ?")
              .params(
                  response.status(),
                  response.location(),
                  response.etag(),
                  response.body(),
                  userId,
                  actorId,
                  key)
              .update();
          return new Replay(response, false);
        });
  }

  /** A response and whether it was replayed from an earlier request. */
  public record Replay(StoredResponse response, boolean replayed) {}

  private StoredResponse stored(UUID userId, UUID actorId, String key, String requestHash) {
    Optional<String[]> row =
        jdbc.sql(
                "SELECT request_hash, status, location, etag, response_body FROM idempotency_keys"
                    + " WHERE user_id = ? AND actor_id = ? AND key = ?")
            .params(userId, actorId, key)
            .query(
                (rs, n) ->
                    new String[] {
                      rs.getString(1),
                      rs.getString(2),
                      rs.getString(3),
                      rs.getString(4),
                      rs.getString(5)
                    })
            .optional();
    // The row was there a moment ago; only the cleanup below can take it, after 24 hours.
    String[] values = row.orElseThrow(() -> ProblemException.conflict("conflict", "Try again."));
    if (!values[0].equals(requestHash)) {
      throw new ProblemException(
          HttpStatus.UNPROCESSABLE_CONTENT,
          "idempotency-key-reused",
          "This Idempotency-Key was already used for a different request.");
    }
    return new StoredResponse(Integer.parseInt(values[1]), values[2], values[3], values[4]);
  }

  /**
   * Keys are kept for 24 hours (clients retry within minutes); several instances may run this at
   * once, and a key outlives 24 hours until the next run of {@link IdempotencyCleanupJob}.
   */
  void forgetOldKeys() {
    jdbc.sql("DELETE FROM idempotency_keys WHERE created_at < now() - interval '24 hours'")
        .update();
  }
}
