package com.spendwise.auth.internal;

import com.spendwise.auth.IssuedToken;
import com.spendwise.auth.SignInEvent;
import com.spendwise.shared.ProblemException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.function.SingletonSupplier;

/**
 * Email and password accounts of local mode. Failed logins are counted in the database, so the
 * throttle holds across instances, restarts and parallel requests: after {@code maxFailedLogins}
 * failures in a row the account is locked for {@code lockDuration}, doubling with each further
 * failure up to {@code maxLockDuration}.
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
  private final SignInHistory history;
  private final AccountNotices notices;
  private final TransactionTemplate transactions;

  /**
   * Compared against when the email is unknown, so both answers take as long. Made on first use: an
   * Argon2 hash is a few hundred milliseconds of start-up otherwise.
   */
  private final SingletonSupplier<String> unknownAccountHash;

  LocalAccountService(
      JdbcClient jdbc,
      PasswordEncoder passwords,
      LocalTokenIssuer issuer,
      SigningKeys keys,
      AuthProperties properties,
      Clock clock,
      SignInHistory history,
      AccountNotices notices,
      TransactionTemplate transactions) {
    this.jdbc = jdbc;
    this.history = history;
    this.notices = notices;
    this.transactions = transactions;
    this.passwords = passwords;
    this.issuer = issuer;
    this.keys = keys;
    this.properties = properties.local();
    this.clock = clock;
    this.unknownAccountHash =
        SingletonSupplier.of(() -> passwords.encode(UUID.randomUUID().toString()));
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
    UUID created =
        subject.orElseThrow(
            () ->
                ProblemException.conflict(
                    "email-taken", "An account with this email already exists."));
    history.record(created, SignInEvent.Method.REGISTER, true, Requester.current());
    return issuer.issue(created, normalized);
  }

  /**
   * A token for the API. An account that asks for a passkey after its password gets none here: the
   * API has no second step, so the password alone must not open it.
   */
  public IssuedToken token(String email, String password) {
    Account account = checkPassword(email, password);
    if (account.passkeyRequired()) {
      throw new ProblemException(
          HttpStatus.UNAUTHORIZED,
          "passkey-required",
          "This account asks for a passkey after the password; sign in in the web app.");
    }
    signedIn(account.subject(), account.email(), SignInEvent.Method.PASSWORD, Requester.current());
    return issuer.issue(account.subject(), account.email());
  }

  /**
   * The account of this email when the password is right, under the sign-in throttle. A wrong one
   * is recorded in the account's history; a right one is recorded by whoever completes the sign-in.
   */
  Account checkPassword(String email, String password) {
    String normalized = normalize(email);
    Instant now = clock.instant();
    Optional<Account> account = claimAttempt(normalized, now);
    if (account.isEmpty()) {
      Optional<Instant> lockedUntil = lockedUntil(normalized, now);
      if (lockedUntil.isPresent()) {
        throw ProblemException.tooManyRequests(
            "too-many-failed-logins",
            "Too many failed logins for this account; try again later.",
            Duration.between(now, lockedUntil.get()).plusSeconds(1));
      }
      passwords.matches(password, unknownAccountHash.obtain());
      throw invalidCredentials();
    }
    Account signingIn = account.get();
    if (!passwords.matches(password, signingIn.passwordHash())) {
      history.record(signingIn.subject(), SignInEvent.Method.PASSWORD, false, Requester.current());
      throw invalidCredentials();
    }
    jdbc.sql(
            "UPDATE local_accounts SET failed_attempts = 0, locked_until = NULL, updated_at = now()"
                + " WHERE subject = ?")
        .param(signingIn.subject())
        .update();
    return signingIn;
  }

  /** Records a successful sign-in, and tells the person when it came from a new device. */
  void signedIn(UUID subject, String email, SignInEvent.Method method, Requester from) {
    transactions.executeWithoutResult(
        status -> {
          if (history.record(subject, method, true, from)) {
            notices.newDevice(subject, email, from);
          }
        });
  }

  /** A token for an account whose sign-in is complete and recorded. */
  IssuedToken issue(UUID subject, String email) {
    return issuer.issue(subject, email);
  }

  /** A token for an account that proved itself with a passkey (after its password, or alone). */
  IssuedToken tokenFor(UUID subject, Requester from, SignInEvent.Method method) {
    String email =
        jdbc.sql("SELECT email FROM local_accounts WHERE subject = ?")
            .param(subject)
            .query(String.class)
            .optional()
            .orElseThrow(LocalAccountService::invalidCredentials);
    signedIn(subject, email, method, from);
    return issuer.issue(subject, email);
  }

  /** The account's last sign-ins and failed attempts, newest first. */
  public List<SignInEvent> signIns(UUID subject) {
    return history.of(subject);
  }

  /** Whether the subject still has an account (a deleted one's tokens must not bring it back). */
  boolean exists(String subject) {
    UUID id;
    try {
      id = UUID.fromString(subject);
    } catch (IllegalArgumentException e) {
      return false;
    }
    return jdbc.sql("SELECT EXISTS (SELECT 1 FROM local_accounts WHERE subject = ?)")
        .param(id)
        .query(Boolean.class)
        .single();
  }

  public Map<String, Object> publicKeys() {
    return keys.publicKeys().toJSONObject();
  }

  /**
   * Counts the attempt as failed before the password is checked, and sets the lock when it is the
   * last one allowed; a right password then resets both. Counting first, under the row lock of the
   * UPDATE, means parallel guesses cannot slip past the limit while their hashes are computed.
   * Empty when the email is unknown or the account is locked.
   */
  Optional<Account> claimAttempt(String email, Instant now) {
    return jdbc.sql(
            """
            UPDATE local_accounts
               SET failed_attempts = failed_attempts + 1,
                   locked_until = CASE WHEN failed_attempts + 1 >= :max
                       THEN CAST(:now AS timestamptz) + make_interval(secs => least(
                           :base * power(2, failed_attempts + 1 - :max), :cap))
                       END,
                   updated_at = now()
             WHERE lower(email) = :email
               AND (locked_until IS NULL OR locked_until <= CAST(:now AS timestamptz))
            RETURNING subject, email, password_hash, passkey_required
            """)
        .param("max", properties.maxFailedLogins())
        .param("now", Timestamp.from(now))
        .param("base", (double) properties.lockDuration().toSeconds())
        .param("cap", (double) properties.maxLockDuration().toSeconds())
        .param("email", email)
        .query(
            (rs, n) ->
                new Account(
                    rs.getObject(1, UUID.class),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getBoolean(4)))
        .optional();
  }

  Optional<Instant> lockedUntil(String email, Instant now) {
    return jdbc.sql(
            "SELECT locked_until FROM local_accounts WHERE lower(email) = ? AND locked_until > ?")
        .params(email, Timestamp.from(now))
        .query((rs, n) -> rs.getTimestamp(1).toInstant())
        .optional();
  }

  private static String normalize(String email) {
    return email.strip().toLowerCase(Locale.ROOT);
  }

  static ProblemException invalidCredentials() {
    return new ProblemException(
        HttpStatus.UNAUTHORIZED, "invalid-credentials", "Email or password is wrong.");
  }

  record Account(UUID subject, String email, String passwordHash, boolean passkeyRequired) {}
}
