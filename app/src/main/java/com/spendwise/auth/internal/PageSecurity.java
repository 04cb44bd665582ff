package com.spendwise.auth.internal;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The web app's chain: a session (kept in PostgreSQL by Spring Session) signed in with a form, CSRF
 * tokens on every state-changing request, a Content-Security-Policy without inline scripts, no
 * framing, and no caching of pages. Static assets have a chain of their own that only adds the
 * security headers, so that they can be cached.
 */
@Configuration(proxyBeanMethods = false)
class PageSecurity {

  static final String CSP =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

  @Bean
  @Order(2)
  SecurityFilterChain assets(HttpSecurity http) throws Exception {
    http.securityMatcher("/assets/**", "/webjars/**", "/favicon.ico")
        .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
        .requestCache(cache -> cache.disable())
        .securityContext(context -> context.disable())
        .sessionManagement(session -> session.disable())
        .headers(headers -> headers.cacheControl(cache -> cache.disable()));
    return http.build();
  }

  @Bean
  SecurityContextRepository pageSecurityContexts() {
    return new HttpSessionSecurityContextRepository();
  }

  @Bean
  @Order(3)
  SecurityFilterChain pages(
      HttpSecurity http,
      ObjectProvider<PageSignIn> signIn,
      SecurityContextRepository pageSecurityContexts,
      AuthProperties properties)
      throws Exception {
    http.securityContext(context -> context.securityContextRepository(pageSecurityContexts))
        .headers(
            headers ->
                headers
                    .contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                    .frameOptions(frame -> frame.deny())
                    .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
        .csrf(csrf -> csrf.csrfTokenRepository(new CookieCsrfTokenRepository()));
    PageSignIn local = signIn.getIfAvailable();
    if (local == null) {
      AuthProperties.Cognito cognito = properties.cognito();
      if (cognito == null || !cognito.webSignIn()) {
        // Without the hosted UI's domain, web client and address, the service answers the API
        // only, and refuses every page rather than serve one unguarded.
        http.authorizeHttpRequests(requests -> requests.anyRequest().denyAll());
        return http.build();
      }
      http.authorizeHttpRequests(
          requests ->
              requests
                  .requestMatchers("/signin", "/register", CognitoPageSignIn.SIGNED_OUT)
                  .permitAll()
                  .anyRequest()
                  .authenticated());
      new CognitoPageSignIn(cognito).configure(http);
      return http.build();
    }
    http.authenticationProvider(local)
        .authorizeHttpRequests(
            requests ->
                requests
                    .requestMatchers("/signin", "/register")
                    .permitAll()
                    .requestMatchers(PageSignIn.SECOND_STEP)
                    .authenticated()
                    .anyRequest()
                    .access((authentication, context) -> PageSignIn.complete(authentication)))
        .exceptionHandling(
            exceptions -> exceptions.accessDeniedHandler(PageSignIn::secondStepOrForbidden))
        .formLogin(
            form ->
                form.loginPage("/signin")
                    .usernameParameter("email")
                    .successHandler(
                        (request, response, authentication) -> {
                          PageSignIn.remember(request);
                          response.sendRedirect(
                              request.getContextPath()
                                  + (authentication instanceof PageSignIn.PasswordOnly
                                      ? PageSignIn.SECOND_STEP
                                      : "/"));
                        })
                    .failureHandler(
                        (request, response, failure) ->
                            response.sendRedirect(
                                request.getContextPath()
                                    + "/signin?error="
                                    + (failure.getMessage().equals("too-many-failed-logins")
                                        ? "locked"
                                        : "invalid"))))
        .logout(logout -> logout.logoutUrl("/signout").logoutSuccessUrl("/signin?signedOut"));
    local.passkeys(http, pageSecurityContexts);
    return http.build();
  }

  /** The form sign-in of local accounts; in cognito mode there is none (see above). */
  @Bean
  @ConditionalOnProperty(name = "spendwise.auth.mode", havingValue = "local", matchIfMissing = true)
  PageSignIn pageSignIn(LocalAccountService accounts, JwtDecoder decoder, Passkeys passkeys) {
    return new PageSignIn(accounts, decoder, passkeys);
  }

  /**
   * How Spring Session writes session attributes: as it does by default, but a passkey ceremony's
   * options (not serializable) as a snapshot (see {@link CeremonyAttributes}).
   */
  @Bean("springSessionConversionService")
  ConversionService springSessionConversionService(ResourceLoader resources) {
    return CeremonyAttributes.conversionService(resources.getClassLoader());
  }

  /** Passkeys of local accounts (Spring Security's WebAuthn, JDBC stores). */
  @Bean
  @ConditionalOnProperty(name = "spendwise.auth.mode", havingValue = "local", matchIfMissing = true)
  Passkeys passkeys(JdbcTemplate jdbc, AuthProperties properties, Environment environment) {
    return new Passkeys(jdbc, properties.local().webUrl(), environment);
  }
}
