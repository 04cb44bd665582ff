package com.spendwise.auth.internal;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.StringUtils;

/** Who issues the tokens this service accepts. Environment names are mapped in application.yml. */
@ConfigurationProperties("spendwise.auth")
public record AuthProperties(Mode mode, Cognito cognito, Local local) {

  public enum Mode {
    LOCAL,
    COGNITO
  }

  /**
   * A Cognito user pool. {@code jwksUri} overrides where its keys are fetched (tests, VPC
   * endpoints); the issuer stays the pool's own. The web app signs in through the pool's hosted UI
   * at {@code domain} with the app client {@code webClientId}, returning to {@code webUrl} (the
   * address people open, behind the load balancer); without all three, pages are refused.
   */
  public record Cognito(
      String region,
      String userPoolId,
      Set<String> clientIds,
      Set<String> tokenUses,
      URI jwksUri,
      URI domain,
      String webClientId,
      URI webUrl) {

    boolean webSignIn() {
      return domain != null && StringUtils.hasText(webClientId) && webUrl != null;
    }

    /** An address under the web app, for redirects registered with the app client. */
    String web(String path) {
      return webUrl.toString().replaceAll("/+$", "") + path;
    }

    /** An endpoint of the hosted UI. */
    String hostedUi(String path) {
      return domain.toString().replaceAll("/+$", "") + path;
    }

    String issuer() {
      return "https://cognito-idp." + region + ".amazonaws.com/" + userPoolId;
    }

    URI keysUri() {
      return jwksUri != null ? jwksUri : URI.create(issuer() + "/.well-known/jwks.json");
    }

    void requireComplete() {
      if (!StringUtils.hasText(region)
          || !StringUtils.hasText(userPoolId)
          || clientIds == null
          || clientIds.isEmpty()) {
        throw new IllegalStateException(
            "SPENDWISE_AUTH_MODE=cognito needs SPENDWISE_COGNITO_REGION,"
                + " SPENDWISE_COGNITO_USER_POOL_ID and SPENDWISE_COGNITO_CLIENT_IDS");
      }
    }
  }

  /**
   * The service as its own issuer. Its signing keys rotate every {@code keyRotation}; their private
   * halves are sealed with {@code keyEncryptionSecret}, or else with the secret in {@code
   * keyEncryptionSecretFile} (generated there, 0600, on first start). Passkeys belong to {@code
   * webUrl}, the address people open (localhost when not set).
   */
  public record Local(
      String issuer,
      String clientId,
      Duration tokenTtl,
      int maxFailedLogins,
      Duration lockDuration,
      Duration maxLockDuration,
      Duration keyRotation,
      String keyEncryptionSecret,
      Path keyEncryptionSecretFile,
      URI webUrl) {}
}
