package com.spendwise.auth.internal;

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

/** Signs access tokens shaped like Cognito's, so one validation path serves both modes. */
final class LocalTokenIssuer {

  private final JwtEncoder encoder;
  private final AuthProperties.Local properties;
  private final Clock clock;

  LocalTokenIssuer(JwtEncoder encoder, AuthProperties.Local properties, Clock clock) {
    this.encoder = encoder;
    this.properties = properties;
    this.clock = clock;
  }

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
    String token =
        encoder
            .encode(
                JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).build(), claims))
            .getTokenValue();
    return new IssuedToken(token, "Bearer", properties.tokenTtl().toSeconds());
  }
}
