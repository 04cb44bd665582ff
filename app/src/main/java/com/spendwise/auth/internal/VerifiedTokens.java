package com.spendwise.auth.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidationException;

/**
 * Remembers tokens whose signature was verified, so that a client's next requests with the same
 * token skip parsing and the RSA check. The validators (expiry, issuer, audience) still run on
 * every request, so a remembered token stops working the moment it expires.
 */
final class VerifiedTokens implements JwtDecoder {

  private static final int MAX_TOKENS = 10_000;

  private final JwtDecoder decoder;
  private final OAuth2TokenValidator<Jwt> validator;
  private final Map<String, Jwt> verified = new ConcurrentHashMap<>();

  VerifiedTokens(JwtDecoder decoder, OAuth2TokenValidator<Jwt> validator) {
    this.decoder = decoder;
    this.validator = validator;
  }

  @Override
  public Jwt decode(String token) {
    Jwt known = verified.get(token);
    if (known == null) {
      Jwt jwt = decoder.decode(token);
      if (verified.size() >= MAX_TOKENS) {
        verified.clear();
      }
      verified.put(token, jwt);
      return jwt;
    }
    OAuth2TokenValidatorResult result = validator.validate(known);
    if (result.hasErrors()) {
      verified.remove(token);
      throw new JwtValidationException(
          result.getErrors().iterator().next().getDescription(), result.getErrors());
    }
    return known;
  }
}
