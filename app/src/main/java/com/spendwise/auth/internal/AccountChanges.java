package com.spendwise.auth.internal;

import com.spendwise.auth.SignInEvent;
import com.spendwise.auth.internal.LocalAccountService.Account;
import com.spendwise.shared.ProblemException;
import com.spendwise.user.UserService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What a signed-in person changes about their local account: the password, whether a passkey is
 * asked for after it, their passkeys, and deleting the account. Each that needs the password checks
 * it through the sign-in's throttle ({@link LocalAccountService}).
 */
@Service
@ConditionalOnProperty(name = "spendwise.auth.mode", havingValue = "local", matchIfMissing = true)
public class AccountChanges {

  private final JdbcClient jdbc;
  private final PasswordEncoder passwords;
  private final LocalAccountService signIn;
  private final SignInHistory history;
  private final AccountNotices notices;
  private final WebSessions sessions;
  private final UserService users;
  private final Passkeys passkeys;
  private final TransactionTemplate transactions;
  private final Clock clock;

  AccountChanges(
      JdbcClient jdbc,
      PasswordEncoder passwords,
      LocalAccountService signIn,
      SignInHistory history,
      AccountNotices notices,
      WebSessions sessions,
      UserService users,
      Passkeys passkeys,
      TransactionTemplate transactions,
      Clock clock) {
    this.jdbc = jdbc;
    this.passwords = passwords;
    this.signIn = signIn;
    this.history = history;
    this.notices = notices;
    this.sessions = sessions;
    this.users = users;
    this.passkeys = passkeys;
    this.transactions = transactions;
    this.clock = clock;
  }

  /** Whether the account asks for a passkey after its password. */
  public boolean passkeyRequired(UUID subject) {
    return jdbc.sql("SELECT passkey_required FROM local_accounts WHERE subject = ?")
        .param(subject)
        .query(Boolean.class)
        .optional()
        .orElse(false);
  }

  /** Asks for a passkey after the password from now on, or stops asking; needs a passkey to ask. */
  public void requirePasskey(UUID subject, boolean required) {
    if (required && passkeys.of(subject).isEmpty()) {
      throw ProblemException.invalidField(
          "passkeyRequired", "no-passkey", "Add a passkey before asking for one at sign-in.");
    }
    jdbc.sql("UPDATE local_accounts SET passkey_required = ?, updated_at = now() WHERE subject = ?")
        .params(required, subject)
        .update();
  }

  /**
   * Removes one of the account's passkeys; removing the last one stops asking for a passkey at
   * sign-in, so that nobody is locked out. False when the account has no passkey by that id.
   */
  public boolean removePasskey(UUID subject, String id) {
    return Boolean.TRUE.equals(
        transactions.execute(
            status -> {
              if (!passkeys.remove(subject, id)) {
                return false;
              }
              if (passkeys.of(subject).isEmpty()) {
                requirePasskey(subject, false);
              }
              return true;
            }));
  }

  /**
   * Changes the password once the current one is given (counted as a sign-in attempt, so guessing
   * it here is throttled like the sign-in). Every web session of the account but {@code
   * keepSession} ends in the same transaction, and the person is told.
   */
  public void changePassword(
      UUID subject, String currentPassword, String newPassword, String keepSession) {
    Account account = verify(subject, currentPassword, "currentPassword");
    String hash = passwords.encode(newPassword);
    transactions.executeWithoutResult(
        status -> {
          jdbc.sql(
                  "UPDATE local_accounts SET password_hash = ?, updated_at = now()"
                      + " WHERE subject = ?")
              .params(hash, subject)
              .update();
          sessions.endAllBut(subject, keepSession);
          notices.passwordChanged(subject, account.email());
        });
  }

  /**
   * Deletes the account and everything of it in one database transaction, once its email and
   * password are given: the user's rows in every table (through their foreign keys to users), the
   * web sessions, passkeys, sign-in history and the account itself.
   */
  public void deleteAccount(UUID subject, String email, String password) {
    Account account = verify(subject, password, "password");
    if (!account.email().equalsIgnoreCase(email == null ? "" : email.strip())) {
      throw ProblemException.invalidField(
          "email", "email-mismatch", "Type the email of this account to delete it.");
    }
    transactions.executeWithoutResult(
        status -> {
          users.deleteAccount(subject.toString());
          sessions.endAllBut(subject, null);
          jdbc.sql("DELETE FROM user_entities WHERE name = ?").param(subject.toString()).update();
          jdbc.sql("DELETE FROM local_accounts WHERE subject = ?").param(subject).update();
        });
  }

  /** The account, once its password is checked with the sign-in's throttle. */
  private Account verify(UUID subject, String password, String field) {
    String email =
        jdbc.sql("SELECT email FROM local_accounts WHERE subject = ?")
            .param(subject)
            .query(String.class)
            .optional()
            .orElseThrow(() -> ProblemException.notFound("The account"));
    Instant now = clock.instant();
    Optional<Account> account = signIn.claimAttempt(email, now);
    if (account.isEmpty()) {
      throw ProblemException.tooManyRequests(
          "too-many-failed-logins",
          "Too many wrong passwords for this account; try again later.",
          Duration.between(now, signIn.lockedUntil(email, now).orElse(now)).plusSeconds(1));
    }
    if (!passwords.matches(password == null ? "" : password, account.get().passwordHash())) {
      history.record(subject, SignInEvent.Method.PASSWORD, false, Requester.current());
      throw ProblemException.invalidField(field, "wrong-password", "The password is not right.");
    }
    jdbc.sql("UPDATE local_accounts SET failed_attempts = 0, locked_until = NULL WHERE subject = ?")
        .param(subject)
        .update();
    return account.get();
  }
}
