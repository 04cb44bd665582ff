package com.spendwise.sharing.internal;

import com.spendwise.sharing.Invitation;
import com.spendwise.sharing.Role;
import com.spendwise.user.UserId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Invitations to shared ledgers; only a hash of each token is kept. */
@Repository
public class InvitationRepository {

  /** The most pending invitations a ledger may have at once. */
  public static final int MAX_PENDING = 50;

  private static final String COLUMNS =
      "i.id, i.ledger_id, l.display_name, i.email, i.role,"
          + " coalesce(b.display_name, b.email), i.created_at, i.expires_at";
  private static final String FROM =
      " FROM ledger_invitations i JOIN users l ON l.id = i.ledger_id"
          + " LEFT JOIN users b ON b.id = i.invited_by";

  private final JdbcClient jdbc;

  InvitationRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public UUID insert(
      UserId ledger,
      String email,
      Role role,
      String tokenHash,
      UserId by,
      Instant createdAt,
      Instant expiresAt) {
    return jdbc.sql(
            "INSERT INTO ledger_invitations (ledger_id, email, role, token_hash, invited_by,"
                + " created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id")
        .params(
            ledger.value(),
            email,
            role.name(),
            tokenHash,
            by.value(),
            Timestamp.from(createdAt),
            Timestamp.from(expiresAt))
        .query(UUID.class)
        .single();
  }

  public Optional<Invitation> find(UUID id) {
    return jdbc.sql("SELECT " + COLUMNS + FROM + " WHERE i.id = ?")
        .param(id)
        .query(InvitationRepository::map)
        .optional();
  }

  /** The invitation of a token, answered or not, with its answer ("" when pending). */
  public Optional<Stored> findByToken(String tokenHash) {
    return jdbc.sql(
            "SELECT " + COLUMNS + ", coalesce(i.answer, '')" + FROM + " WHERE i.token_hash = ?")
        .param(tokenHash)
        .query((rs, n) -> new Stored(map(rs, n), rs.getString(9)))
        .optional();
  }

  public Optional<Stored> findStored(UUID id) {
    return jdbc.sql("SELECT " + COLUMNS + ", coalesce(i.answer, '')" + FROM + " WHERE i.id = ?")
        .param(id)
        .query((rs, n) -> new Stored(map(rs, n), rs.getString(9)))
        .optional();
  }

  /** An invitation and its answer ("" while pending). */
  public record Stored(Invitation invitation, String answer) {}

  /** Pending, unexpired invitations of a ledger. */
  public List<Invitation> pendingOf(UserId ledger, Instant now) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + FROM
                + " WHERE i.ledger_id = ? AND i.answer IS NULL AND i.expires_at > ?"
                + " ORDER BY i.created_at DESC LIMIT ?")
        .params(ledger.value(), Timestamp.from(now), MAX_PENDING + 1)
        .query(InvitationRepository::map)
        .list();
  }

  /** Pending, unexpired invitations addressed to an email. */
  public List<Invitation> pendingFor(String email, Instant now) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + FROM
                + " WHERE lower(i.email) = lower(?) AND i.answer IS NULL AND i.expires_at > ?"
                + " ORDER BY i.created_at DESC LIMIT ?")
        .params(email, Timestamp.from(now), MAX_PENDING)
        .query(InvitationRepository::map)
        .list();
  }

  /** Answers a pending invitation once: false when it was answered already. */
  public boolean answer(UUID id, String answer, Instant at) {
    return jdbc.sql(
                "UPDATE ledger_invitations SET answer = ?, answered_at = ?"
                    + " WHERE id = ? AND answer IS NULL")
            .params(answer, Timestamp.from(at), id)
            .update()
        == 1;
  }

  private static Invitation map(ResultSet rs, int n) throws SQLException {
    return new Invitation(
        rs.getObject(1, UUID.class),
        new UserId(rs.getObject(2, UUID.class)),
        rs.getString(3),
        rs.getString(4),
        Role.valueOf(rs.getString(5)),
        rs.getString(6),
        rs.getTimestamp(7).toInstant(),
        rs.getTimestamp(8).toInstant());
  }
}
