package com.spendwise.auth.internal;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.spendwise.auth.IssuedToken;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * Signs access tokens shaped like Cognito's, so one validation path serves both modes, with the
 * current signing key, named in the token's {@code kid}.
 */
final class LocalTokenIssuer {

  private final SigningKeys keys;
  private final AuthProperties.Local properties;
  private final Clock clock;
  private volatile Signer signer;

  LocalTokenIssuer(SigningKeys keys, AuthProperties.Local properties, Clock clock) {
    this.keys = keys;
    this.properties = properties;
    this.clock = clock;
  }

  private record Signer(String kid, JwtEncoder encoder) {}

  IssuedToken issue(UUID subject, String email) {
    Instant now = clock.instant();
    JwtClaimsSet claims =
        JwtClaimsSet.builder()
            .issuer(properties.issuer())
            .subject(subject.toString())
            .audience(List.of(properties.clientId()))
            .claim("client_id", properties.clientId())
            .claim("token_use", "access")
            .claim("email", email)
            .id(UUID.randomUUID().toString())
            .issuedAt(now)
            .expiresAt(now.plus(properties.tokenTtl()))
            .build();
    Signer current = signer(keys.signing());
    String token =
        current
            .encoder()
            .encode(
                JwtEncoderParameters.from(
                    JwsHeader.with(SignatureAlgorithm.RS256).keyId(current.kid()).build(), claims))
            .getTokenValue();
    return new IssuedToken(token, "Bearer", properties.tokenTtl().toSeconds());
  }

  /** An encoder of exactly this key, made again only when the key rotates. */
  private Signer signer(RSAKey key) {
    Signer current = signer;
    if (current == null || !current.kid().equals(key.getKeyID())) {
      current =
          new Signer(key.getKeyID(), new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(key))));
      signer = current;
    }
    return current;
  }
}
