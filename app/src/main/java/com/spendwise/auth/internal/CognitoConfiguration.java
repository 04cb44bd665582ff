package com.spendwise.auth.internal;

import java.time.Clock;
import java.time.Duration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.web.client.RestTemplate;

/** Mode cognito: tokens come from a Cognito user pool, keys from its JWKS. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "spendwise.auth.mode", havingValue = "cognito")
class CognitoConfiguration {

  @Bean
  JwtDecoder cognitoJwtDecoder(AuthProperties properties, Clock clock) {
    AuthProperties.Cognito cognito = properties.cognito();
    cognito.requireComplete();
    SimpleClientHttpRequestFactory requestFactory = new SimpleClientHttpRequestFactory();
    requestFactory.setConnectTimeout(Duration.ofSeconds(5));
    requestFactory.setReadTimeout(Duration.ofSeconds(5));
    NimbusJwtDecoder decoder =
        NimbusJwtDecoder.withJwkSetUri(cognito.keysUri().toString())
            .jwsAlgorithm(SignatureAlgorithm.RS256)
            .restOperations(new RestTemplate(requestFactory))
            .build();
    OAuth2TokenValidator<Jwt> validator =
        TokenValidators.of(cognito.issuer(), cognito.clientIds(), cognito.tokenUses(), clock);
    decoder.setJwtValidator(validator);
    return new VerifiedTokens(decoder, validator);
  }
}
