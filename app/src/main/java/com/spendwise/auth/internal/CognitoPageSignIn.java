package com.spendwise.auth.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;

/**
 * Signing in to the web app through the Cognito user pool's hosted UI: OAuth 2.0 authorization code
 * with PKCE (a public app client, no secret), OpenID Connect ID token checked against the pool's
 * issuer and keys, and the user provisioned from its subject exactly as an API caller is.
 * Everything the flow keeps between requests (the authorization request, the signed-in user) lives
 * in the session, which lives in PostgreSQL, so any instance can finish a sign-in another one
 * began. Signing out ends the session here and at the hosted UI.
 */
final class CognitoPageSignIn {

  static final String REGISTRATION = "cognito";
  static final String START = "/oauth2/authorization/" + REGISTRATION;
  static final String SIGNED_OUT = "/signed-out";

  private final AuthProperties.Cognito cognito;
  private final ClientRegistrationRepository registrations;

  CognitoPageSignIn(AuthProperties.Cognito cognito) {
    this.cognito = cognito;
    this.registrations = new InMemoryClientRegistrationRepository(registration(cognito));
  }

  static ClientRegistration registration(AuthProperties.Cognito cognito) {
    return ClientRegistration.withRegistrationId(REGISTRATION)
        .clientId(cognito.webClientId())
        .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
        .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
        .redirectUri(cognito.web("/login/oauth2/code/" + REGISTRATION))
        .scope("openid", "email", "profile")
        .authorizationUri(cognito.hostedUi("/oauth2/authorize"))
        .tokenUri(cognito.hostedUi("/oauth2/token"))
        .jwkSetUri(cognito.keysUri().toString())
        .issuerUri(cognito.issuer())
        .userNameAttributeName(IdTokenClaimNames.SUB)
        .clientName("SpendWise")
        .build();
  }

  /** Adds the sign-in, its callback and sign-out to the pages' chain. */
  void configure(HttpSecurity http) throws Exception {
    DefaultOAuth2AuthorizationRequestResolver requests =
        new DefaultOAuth2AuthorizationRequestResolver(
            registrations,
            OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
    // Public clients get PKCE anyway; saying so keeps it if the client ever gets a secret.
    requests.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
    http.oauth2Login(
            login ->
                login
                    .loginPage("/signin")
                    .clientRegistrationRepository(registrations)
                    .authorizationEndpoint(
                        endpoint -> endpoint.authorizationRequestResolver(requests))
                    // Not the default in-memory store: instances are stateless.
                    .authorizedClientRepository(new HttpSessionOAuth2AuthorizedClientRepository())
                    .defaultSuccessUrl("/", true)
                    .failureUrl("/signin?error=cognito"))
        .logout(logout -> logout.logoutUrl("/signout").logoutSuccessHandler(signOutEverywhere()));
  }

  /** After the session here ends, the hosted UI's own session ends too, then back to sign-in. */
  private LogoutSuccessHandler signOutEverywhere() {
    String target =
        cognito.hostedUi("/logout")
            + "?client_id="
            + URLEncoder.encode(cognito.webClientId(), StandardCharsets.UTF_8)
            + "&logout_uri="
            + URLEncoder.encode(cognito.web(SIGNED_OUT), StandardCharsets.UTF_8);
    return (HttpServletRequest request, HttpServletResponse response, Authentication signedIn) ->
        response.sendRedirect(target);
  }
}
