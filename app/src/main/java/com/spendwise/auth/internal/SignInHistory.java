package com.spendwise.auth.internal;

import com.spendwise.auth.SignInEvent;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The last {@value #KEPT} sign-ins and failed attempts of each local account. Written in the
 * sign-in's own transaction; older rows of the account are removed by the same write.
 */
@Component
class SignInHistory {

  static final int KEPT = 50;

  private final JdbcClient jdbc;
  private final Clock clock;

  SignInHistory(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /**
   * Records an attempt; true when it is a successful sign-in from a device this account has not
   * signed in from before (as far as the kept history remembers).
   */
  boolean record(UUID subject, SignInEvent.Method method, boolean succeeded, Requester from) {
    boolean known =
        !succeeded
            || method == SignInEvent.Method.REGISTER
            || jdbc.sql(
                    "SELECT EXISTS (SELECT 1 FROM sign_in_events"
                        + " WHERE subject = ? AND succeeded AND device = ?)")
                .params(subject, from.device())
                .query(Boolean.class)
                .single();
    jdbc.sql(
            "INSERT INTO sign_in_events (subject, at, succeeded, method, address, device)"
                + " VALUES (?, ?, ?, ?, ?, ?)")
        .params(
            subject,
            Timestamp.from(clock.instant()),
            succeeded,
            method.name(),
            from.address(),
            from.device())
        .update();
    jdbc.sql(
            """
            DELETE FROM sign_in_events WHERE subject = :subject AND id < (
                SELECT min(id) FROM (SELECT id FROM sign_in_events WHERE subject = :subject
                                      ORDER BY id DESC LIMIT :kept) newest)
            """)
        .param("subject", subject)
        .param("kept", KEPT)
        .update();
    return !known;
  }

  /** The account's kept history, newest first. */
  List<SignInEvent> of(UUID subject) {
    return jdbc.sql(
            "SELECT at, succeeded, method, address, device FROM sign_in_events WHERE subject = ?"
                + " ORDER BY at DESC, id DESC LIMIT "
                + KEPT)
        .param(subject)
        .query(
            (rs, n) ->
                new SignInEvent(
                    rs.getTimestamp(1).toInstant(),
                    rs.getBoolean(2),
                    SignInEvent.Method.valueOf(rs.getString(3)),
                    rs.getString(4),
                    rs.getString(5)))
        .list();
  }
}
