package com.spendwise.auth.internal;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Mode local: the service issues its own tokens and validates them with the same checks as
 * Cognito's, only the keys come from the database instead of a JWKS URL.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "spendwise.auth.mode", havingValue = "local", matchIfMissing = true)
class LocalConfiguration {

  @Bean
  SigningKeys signingKeys(
      JdbcClient jdbc, TransactionTemplate transactions, AuthProperties properties, Clock clock) {
    AuthProperties.Local local = properties.local();
    return new SigningKeys(
        jdbc,
        transactions,
        KeyEncryption.from(local.keyEncryptionSecret(), local.keyEncryptionSecretFile()),
        clock,
        local.keyRotation(),
        local.tokenTtl());
  }

  /**
   * Opens the signing keys once the service is up: a key-encryption secret that does not open them
   * stops the start with a message saying so, rather than fail each sign-in later.
   */
  @EventListener(ApplicationReadyEvent.class)
  void openSigningKeys(ApplicationReadyEvent ready) {
    ready.getApplicationContext().getBean(SigningKeys.class).signing();
  }

  @Bean
  JwtDecoder localJwtDecoder(SigningKeys keys, AuthProperties properties, Clock clock) {
    return decoder(keys, properties.local(), clock);
  }

  /** Verifies local tokens: signed by a current or retired key, and passing Cognito's checks. */
  static JwtDecoder decoder(SigningKeys keys, AuthProperties.Local local, Clock clock) {
    JWKSource<SecurityContext> publicKeys =
        (selector, context) ->
            selector.select(
                keys.publicKeysWith(
                    selector.getMatcher().getKeyIDs() == null
                        ? null
                        : selector.getMatcher().getKeyIDs().stream().findFirst().orElse(null)));
    NimbusJwtDecoder decoder =
        NimbusJwtDecoder.withJwkSource(publicKeys).jwsAlgorithm(SignatureAlgorithm.RS256).build();
    OAuth2TokenValidator<Jwt> validator =
        TokenValidators.of(local.issuer(), Set.of(local.clientId()), Set.of("access"), clock);
    decoder.setJwtValidator(validator);
    return new VerifiedTokens(decoder, validator);
  }

  @Bean
  LocalTokenIssuer localTokenIssuer(SigningKeys keys, AuthProperties properties, Clock clock) {
    return issuer(keys, properties.local(), clock);
  }

  /** Signs with the current key, naming it in the token's {@code kid}. */
  static LocalTokenIssuer issuer(SigningKeys keys, AuthProperties.Local local, Clock clock) {
    return new LocalTokenIssuer(keys, local, clock);
  }

  /** Argon2id (OWASP's first choice); the {id} prefix leaves room to change the hash later. */
  @Bean
  PasswordEncoder passwordEncoder() {
    String id = "argon2";
    return new DelegatingPasswordEncoder(
        id, Map.of(id, Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8()));
  }
}
