package com.spendwise.auth.web;

import com.spendwise.auth.Passkey;
import com.spendwise.auth.SignInEvent;
import com.spendwise.auth.WebSession;
import com.spendwise.auth.internal.AccountChanges;
import com.spendwise.auth.internal.LocalAccountService;
import com.spendwise.auth.internal.Passkeys;
import com.spendwise.auth.internal.WebSessions;
import com.spendwise.shared.ProblemException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed-in local account: its password, its web sessions, its sign-in history, and deleting
 * it. In cognito mode the user pool does all of this.
 */
@RestController
@ConditionalOnProperty(name = "spendwise.auth.mode", havingValue = "local", matchIfMissing = true)
@Tag(name = "Local accounts", description = "Only when SPENDWISE_AUTH_MODE=local")
class AccountController {

  private final LocalAccountService accounts;
  private final AccountChanges changes;
  private final WebSessions sessions;
  private final Passkeys passkeys;

  AccountController(
      LocalAccountService accounts,
      AccountChanges changes,
      WebSessions sessions,
      Passkeys passkeys) {
    this.accounts = accounts;
    this.changes = changes;
    this.sessions = sessions;
    this.passkeys = passkeys;
  }

  record PasswordChange(
      @NotBlank @Size(max = 128) String currentPassword,
      @NotBlank @Size(min = 12, max = 128) String newPassword) {}

  record AccountDeletion(
      @NotBlank @Size(max = 254) String email, @NotBlank @Size(max = 128) String password) {}

  @PostMapping("/api/v1/auth/password")
  @Operation(
      summary = "Change the password",
      description =
          "The current password is required (a wrong one is counted like a failed sign-in)."
              + " Every web session of the account ends and a notification says so. Access"
              + " tokens already issued stay valid until they expire (at most an hour).")
  ResponseEntity<Void> changePassword(
      @AuthenticationPrincipal Jwt token, @Valid @RequestBody PasswordChange change) {
    changes.changePassword(subject(token), change.currentPassword(), change.newPassword(), null);
    return ResponseEntity.noContent().build();
  }

  record SecondFactor(@jakarta.validation.constraints.NotNull Boolean passkeyRequired) {}

  @GetMapping("/api/v1/auth/passkeys")
  @Operation(
      summary = "The account's passkeys",
      description = "Passkeys are added and used in the web app (a browser ceremony).")
  List<Passkey> passkeys(@AuthenticationPrincipal Jwt token) {
    return passkeys.of(subject(token));
  }

  @GetMapping("/api/v1/auth/second-factor")
  @Operation(summary = "Whether the account asks for a passkey after its password")
  SecondFactor secondFactor(@AuthenticationPrincipal Jwt token) {
    return new SecondFactor(changes.passkeyRequired(subject(token)));
  }

  @PutMapping("/api/v1/auth/second-factor")
  @Operation(
      summary = "Ask for a passkey after the password, or stop asking",
      description =
          "Needs a passkey (400 `no-passkey` otherwise). While it is on, the token endpoint"
              + " refuses the password alone (401 `passkey-required`): the API has no second step.")
  ResponseEntity<Void> setSecondFactor(
      @AuthenticationPrincipal Jwt token, @Valid @RequestBody SecondFactor change) {
    changes.requirePasskey(subject(token), change.passkeyRequired());
    return ResponseEntity.noContent().build();
  }

  @GetMapping("/api/v1/auth/sign-ins")
  @Operation(summary = "The last 50 sign-ins and failed attempts, newest first")
  List<SignInEvent> signIns(@AuthenticationPrincipal Jwt token) {
    return accounts.signIns(subject(token));
  }

  @GetMapping("/api/v1/auth/sessions")
  @Operation(summary = "The account's web sessions")
  List<WebSession> sessions(@AuthenticationPrincipal Jwt token) {
    return sessions.of(subject(token), null);
  }

  @DeleteMapping("/api/v1/auth/sessions/{handle}")
  @Operation(summary = "End one web session of the account")
  ResponseEntity<Void> endSession(@AuthenticationPrincipal Jwt token, @PathVariable String handle) {
    if (!sessions.end(subject(token), handle)) {
      throw ProblemException.notFound("The session");
    }
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/api/v1/auth/account/deletion")
  @Operation(
      summary = "Delete the account and everything in it",
      description =
          "Give the account's email and password. Every record of the account goes in one"
              + " database transaction; download a backup first (GET /api/v1/backup).")
  ResponseEntity<Void> deleteAccount(
      @AuthenticationPrincipal Jwt token, @Valid @RequestBody AccountDeletion deletion) {
    changes.deleteAccount(subject(token), deletion.email(), deletion.password());
    return ResponseEntity.noContent().build();
  }

  private static UUID subject(Jwt token) {
    return UUID.fromString(token.getSubject());
  }
}
