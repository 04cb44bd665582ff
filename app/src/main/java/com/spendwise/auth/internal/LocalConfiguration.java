package com.spendwise.auth.internal;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Mode local: the service issues its own tokens and validates them with the same checks as
 * Cognito's, only the keys come from the database instead of a JWKS URL.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "spendwise.auth.mode", havingValue = "local", matchIfMissing = true)
class LocalConfiguration {

  @Bean
  SigningKeys signingKeys(JdbcClient jdbc, TransactionTemplate transactions) {
    return new SigningKeys(jdbc, transactions);
  }

  @Bean
  JwtDecoder localJwtDecoder(SigningKeys keys, AuthProperties properties, Clock clock) {
    JWKSource<SecurityContext> publicKeys =
        (selector, context) -> selector.select(keys.publicKeys());
    NimbusJwtDecoder decoder =
        NimbusJwtDecoder.withJwkSource(publicKeys).jwsAlgorithm(SignatureAlgorithm.RS256).build();
    AuthProperties.Local local = properties.local();
    OAuth2TokenValidator<Jwt> validator =
        TokenValidators.of(local.issuer(), Set.of(local.clientId()), Set.of("access"), clock);
    decoder.setJwtValidator(validator);
    return new VerifiedTokens(decoder, validator);
  }

  @Bean
  LocalTokenIssuer localTokenIssuer(SigningKeys keys, AuthProperties properties, Clock clock) {
    JWKSource<SecurityContext> privateKeys = (selector, context) -> selector.select(keys.all());
    return new LocalTokenIssuer(new NimbusJwtEncoder(privateKeys), properties.local(), clock);
  }

  /** Argon2id (OWASP's first choice); the {id} prefix leaves room to change the hash later. */
  @Bean
  PasswordEncoder passwordEncoder() {
    String id = "argon2";
    return new DelegatingPasswordEncoder(
        id, Map.of(id, Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8()));
  }
}
