package com.spendwise.auth.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;

/**
 * The checks every token passes, whoever issued it, following AWS's guidance for Cognito tokens:
 * signature (done by the decoder), expiry, issuer, {@code token_use}, and the app client: {@code
 * client_id} for access tokens, {@code aud} for ID tokens.
 */
final class TokenValidators {

  private TokenValidators() {}

  static OAuth2TokenValidator<Jwt> of(
      String issuer, Set<String> clientIds, Set<String> tokenUses, Clock clock) {
    JwtTimestampValidator timestamps = new JwtTimestampValidator(Duration.ofSeconds(30));
    timestamps.setClock(clock);
    timestamps.setAllowEmptyExpiryClaim(false);
    return new DelegatingOAuth2TokenValidator<>(
        List.of(
            timestamps,
            new JwtIssuerValidator(issuer),
            jwt -> tokenUse(jwt, tokenUses),
            jwt -> client(jwt, clientIds)));
  }

  private static OAuth2TokenValidatorResult tokenUse(Jwt jwt, Set<String> allowed) {
    String use = jwt.getClaimAsString("token_use");
    return allowed.contains(use)
        ? OAuth2TokenValidatorResult.success()
        : failure("token_use must be one of " + allowed);
  }

  private static OAuth2TokenValidatorResult client(Jwt jwt, Set<String> clientIds) {
    String use = jwt.getClaimAsString("token_use");
    boolean known =
        "id".equals(use)
            ? anyOf(jwt.getAudience(), clientIds)
            : clientIds.contains(jwt.getClaimAsString("client_id"));
    return known ? OAuth2TokenValidatorResult.success() : failure("Token is for another client");
  }

  private static boolean anyOf(Collection<String> values, Set<String> allowed) {
    return values != null && values.stream().anyMatch(allowed::contains);
  }

  private static OAuth2TokenValidatorResult failure(String description) {
    return OAuth2TokenValidatorResult.failure(
        new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, description, null));
  }
}
