package com.spendwise.auth.web;

import com.spendwise.auth.IssuedToken;
import com.spendwise.auth.internal.LocalAccountService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Local mode's own accounts and tokens. In cognito mode none of these endpoints exist. */
@RestController
@ConditionalOnProperty(name = "spendwise.auth.mode", havingValue = "local", matchIfMissing = true)
@Tag(name = "Local accounts", description = "Only when SPENDWISE_AUTH_MODE=local")
class AuthController {

  private final LocalAccountService accounts;

  AuthController(LocalAccountService accounts) {
    this.accounts = accounts;
  }

  record RegisterRequest(
      @NotBlank @Email @Size(max = 254) String email,
      @NotBlank @Size(min = 12, max = 128) String password) {}

  record TokenRequest(
      @NotBlank @Size(max = 254) String email, @NotBlank @Size(max = 128) String password) {}

  @PostMapping(path = "/api/v1/auth/register", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Create an account and get an access token")
  @ApiResponse(responseCode = "201", description = "Account created; the token is for it.")
  @ApiResponse(
      responseCode = "409",
      description = "An account with this email exists (code `email-taken`).",
      content = @Content(mediaType = "application/problem+json"))
  @SecurityRequirements
  ResponseEntity<IssuedToken> register(@Valid @RequestBody RegisterRequest request) {
    return ResponseEntity.status(HttpStatus.CREATED)
        .cacheControl(CacheControl.noStore())
        .body(accounts.register(request.email(), request.password()));
  }

  @PostMapping(path = "/api/v1/auth/token", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Exchange email and password for an access token")
  @ApiResponse(responseCode = "200", description = "A fresh access token.")
  @ApiResponse(
      responseCode = "401",
      description = "Email or password is wrong (code `invalid-credentials`).",
      content = @Content(mediaType = "application/problem+json"))
  @ApiResponse(
      responseCode = "429",
      description =
          "Too many failed logins: the account is locked for `Retry-After` seconds"
              + " (code `too-many-failed-logins`).",
      content = @Content(mediaType = "application/problem+json"))
  @SecurityRequirements
  ResponseEntity<IssuedToken> token(@Valid @RequestBody TokenRequest request) {
    return ResponseEntity.ok()
        .cacheControl(CacheControl.noStore())
        .body(accounts.token(request.email(), request.password()));
  }

  @GetMapping(path = "/.well-known/jwks.json", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Public keys that verify local access tokens")
  @SecurityRequirements
  Map<String, Object> jwks() {
    return accounts.publicKeys();
  }
}
