package com.spendwise.auth.internal;

import com.spendwise.auth.IssuedToken;
import com.spendwise.shared.ProblemException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Email and password accounts of local mode. Failed logins are counted in the database, so the
 * throttle holds across instances and restarts: after {@code maxFailedLogins} failures in a row the
 * account is locked for {@code lockDuration}, doubling with each further failure up to {@code
 * maxLockDuration}.
 */
@Service
@ConditionalOnProperty(name = "spendwise.auth.mode", havingValue = "local", matchIfMissing = true)
public class LocalAccountService {

  private final JdbcClient jdbc;
  private final PasswordEncoder passwords;
  private final LocalTokenIssuer issuer;
  private final SigningKeys keys;
  private final AuthProperties.Local properties;
  private final Clock clock;
  private final String unknownAccountHash;

  LocalAccountService(
      JdbcClient jdbc,
      PasswordEncoder passwords,
      LocalTokenIssuer issuer,
      SigningKeys keys,
      AuthProperties properties,
      Clock clock) {
    this.jdbc = jdbc;
    this.passwords = passwords;
    this.issuer = issuer;
    this.keys = keys;
    this.properties = properties.local();
    this.clock = clock;
    // Compared against when the email is unknown, so both answers take as long.
    this.unknownAccountHash = passwords.encode(UUID.randomUUID().toString());
  }

  public IssuedToken register(String email, String password) {
    String normalized = normalize(email);
    String hash = passwords.encode(password);
    Optional<UUID> subject =
        jdbc.sql(
                "INSERT INTO local_accounts (email, password_hash) VALUES (?, ?)"
                    + " ON CONFLICT DO NOTHING RETURNING subject")
            .params(normalized, hash)
            .query(UUID.class)
            .optional();
    return issuer.issue(
        subject.orElseThrow(
            () ->
                ProblemException.conflict(
                    "email-taken", "An account with this email already exists.")),
        normalized);
  }

  public IssuedToken token(String email, String password) {
    Optional<Account> found =
        jdbc.sql(
                "SELECT subject, email, password_hash, locked_until FROM local_accounts"
                    + " WHERE lower(email) = ?")
            .param(normalize(email))
            .query(
                (rs, n) ->
                    new Account(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant()))
            .optional();
    if (found.isEmpty()) {
      passwords.matches(password, unknownAccountHash);
      throw invalidCredentials();
    }
    Account account = found.get();
    Instant now = clock.instant();
    if (account.lockedUntil() != null && account.lockedUntil().isAfter(now)) {
      throw ProblemException.tooManyRequests(
          "too-many-failed-logins",
          "Too many failed logins for this account; try again later.",
          Duration.between(now, account.lockedUntil()).plusSeconds(1));
    }
    if (!passwords.matches(password, account.passwordHash())) {
      recordFailure(account.subject(), now);
      throw invalidCredentials();
    }
    jdbc.sql(
            "UPDATE local_accounts SET failed_attempts = 0, locked_until = NULL, updated_at = now()"
                + " WHERE subject = ? AND (failed_attempts > 0 OR locked_until IS NOT NULL)")
        .param(account.subject())
        .update();
    return issuer.issue(account.subject(), account.email());
  }

  public Map<String, Object> publicKeys() {
    return keys.publicKeys().toJSONObject();
  }

  private void recordFailure(UUID subject, Instant now) {
    jdbc.sql(
            """
            UPDATE local_accounts
               SET failed_attempts = failed_attempts + 1,
                   locked_until = CASE WHEN failed_attempts + 1 >= :max
                       THEN CAST(:now AS timestamptz) + make_interval(secs => least(
                           :base * power(2, failed_attempts + 1 - :max), :cap))
                       ELSE locked_until END,
                   updated_at = now()
             WHERE subject = :subject
            """)
        .param("max", properties.maxFailedLogins())
        .param("now", Timestamp.from(now))
        .param("base", (double) properties.lockDuration().toSeconds())
        .param("cap", (double) properties.maxLockDuration().toSeconds())
        .param("subject", subject)
        .update();
  }

  private static String normalize(String email) {
    return email.strip().toLowerCase(Locale.ROOT);
  }

  private static ProblemException invalidCredentials() {
    return new ProblemException(
        HttpStatus.UNAUTHORIZED, "invalid-credentials", "Email or password is wrong.");
  }

  private record Account(UUID subject, String email, String passwordHash, Instant lockedUntil) {}
}
