package com.spendwise.infra;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awscdk.Aws;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.cognito.AccountRecovery;
import software.amazon.awscdk.services.cognito.AuthFlow;
import software.amazon.awscdk.services.cognito.AutoVerifiedAttrs;
import software.amazon.awscdk.services.cognito.CognitoDomainOptions;
import software.amazon.awscdk.services.cognito.OAuthFlows;
import software.amazon.awscdk.services.cognito.OAuthScope;
import software.amazon.awscdk.services.cognito.OAuthSettings;
import software.amazon.awscdk.services.cognito.PasswordPolicy;
import software.amazon.awscdk.services.cognito.SignInAliases;
import software.amazon.awscdk.services.cognito.UserPool;
import software.amazon.awscdk.services.cognito.UserPoolClient;
import software.amazon.awscdk.services.cognito.UserPoolClientIdentityProvider;
import software.amazon.awscdk.services.cognito.UserPoolClientOptions;
import software.amazon.awscdk.services.cognito.UserPoolDomain;
import software.amazon.awscdk.services.cognito.UserPoolDomainOptions;
import software.constructs.Construct;

/**
 * The Cognito user pool and its app clients: the API's (whose access tokens the service accepts)
 * and, when the environment has an HTTPS address, the web app's, which signs people in at the
 * pool's hosted UI with the authorization code grant and PKCE.
 */
public final class Identity extends Construct {

  /** Where the service receives the hosted UI's answer (Spring Security's default path). */
  static final String CALLBACK_PATH = "/login/oauth2/code/cognito";

  /** Where the hosted UI returns after signing out. */
  static final String SIGNED_OUT_PATH = "/signed-out";

  private final UserPool pool;
  private final UserPoolClient client;
  private final Map<String, String> webConfiguration;

  public Identity(Construct scope, String id, Environment env) {
    super(scope, id);
    pool =
        UserPool.Builder.create(this, "Users")
            .userPoolName("spendwise-" + env.name())
            .selfSignUpEnabled(true)
            .signInAliases(SignInAliases.builder().email(true).build())
            .autoVerify(AutoVerifiedAttrs.builder().email(true).build())
            .passwordPolicy(PasswordPolicy.builder().minLength(12).build())
            .accountRecovery(AccountRecovery.EMAIL_ONLY)
            .deletionProtection(env.retainData())
            .removalPolicy(env.retainData() ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY)
            .build();
    client =
        pool.addClient(
            "App",
            UserPoolClientOptions.builder()
                .generateSecret(false)
                .authFlows(AuthFlow.builder().userSrp(true).build())
                // Apps sign in with SRP; the CDK's default would also allow the implicit grant
                // back to https://example.com through the hosted UI.
                .disableOAuth(true)
                .build());
    webConfiguration = env.options().webUrl().map(url -> web(env, url)).orElse(Map.of());
  }

  private Map<String, String> web(Environment env, String webUrl) {
    // A prefix unique per account and environment; Cognito serves it at
    // https://<prefix>.auth.<region>.amazoncognito.com.
    UserPoolDomain domain =
        pool.addDomain(
            "HostedUi",
            UserPoolDomainOptions.builder()
                .cognitoDomain(
                    CognitoDomainOptions.builder()
                        .domainPrefix("spendwise-" + env.name() + "-" + Aws.ACCOUNT_ID)
                        .build())
                .build());
    UserPoolClient web =
        pool.addClient(
            "Web",
            UserPoolClientOptions.builder()
                .generateSecret(false)
                .authFlows(AuthFlow.builder().build())
                .supportedIdentityProviders(List.of(UserPoolClientIdentityProvider.COGNITO))
                .preventUserExistenceErrors(true)
                .oAuth(
                    OAuthSettings.builder()
                        .flows(OAuthFlows.builder().authorizationCodeGrant(true).build())
                        .scopes(List.of(OAuthScope.OPENID, OAuthScope.EMAIL, OAuthScope.PROFILE))
                        .callbackUrls(List.of(webUrl + CALLBACK_PATH))
                        .logoutUrls(List.of(webUrl + SIGNED_OUT_PATH))
                        .build())
                .build());
    return Map.of(
        "SPENDWISE_COGNITO_DOMAIN", domain.baseUrl(),
        "SPENDWISE_COGNITO_WEB_CLIENT_ID", web.getUserPoolClientId(),
        "SPENDWISE_WEB_URL", webUrl);
  }

  public UserPool pool() {
    return pool;
  }

  public UserPoolClient client() {
    return client;
  }

  /**
   * The service's variables for the web app's sign-in; empty without an HTTPS address, and then the
   * service refuses pages in cognito mode.
   */
  public Map<String, String> webConfiguration() {
    return webConfiguration;
  }

  public Optional<String> webUrl() {
    return Optional.ofNullable(webConfiguration.get("SPENDWISE_WEB_URL"));
  }
}
