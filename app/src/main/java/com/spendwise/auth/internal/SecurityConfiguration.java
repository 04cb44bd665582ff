package com.spendwise.auth.internal;

import com.spendwise.shared.Problems;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The API's chain: a stateless OAuth2 resource server, every call carries a bearer JWT, and no
 * cookie authenticates anything here. Pages have their own chain ({@link PageSecurity}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AuthProperties.class)
class SecurityConfiguration {

  /** What the API chain serves; everything else is a page. */
  static final String[] API_PATHS = {
    "/api/**",
    "/.well-known/**",
    "/v3/api-docs",
    "/v3/api-docs/**",
    "/swagger-ui.html",
    "/swagger-ui/**",
    "/actuator/**",
    "/error"
  };

  @Bean
  @Order(1)
  SecurityFilterChain api(HttpSecurity http, JwtDecoder decoder) throws Exception {
    ProblemAuthenticationEntryPoint entryPoint = new ProblemAuthenticationEntryPoint();
    http.securityMatcher(API_PATHS)
        .csrf(csrf -> csrf.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        // Filters a bearer-token call never needs: no sign-out, no saved request to return to,
        // no servlet API login or role checks (nothing here asks the request who is signed in).
        .logout(logout -> logout.disable())
        .requestCache(cache -> cache.disable())
        .servletApi(servletApi -> servletApi.disable())
        .authorizeHttpRequests(
            requests ->
                requests
                    .requestMatchers(HttpMethod.POST, "/api/v1/auth/register", "/api/v1/auth/token")
                    .permitAll()
                    .requestMatchers(
                        "/.well-known/jwks.json",
                        "/v3/api-docs",
                        "/v3/api-docs/**",
                        "/swagger-ui.html",
                        "/swagger-ui/**",
                        "/actuator/health",
                        "/actuator/health/**",
                        "/actuator/info",
                        "/actuator/prometheus",
                        "/error")
                    .permitAll()
                    .anyRequest()
                    .authenticated())
        .oauth2ResourceServer(
            oauth2 ->
                oauth2
                    .jwt(jwt -> jwt.decoder(decoder))
                    .authenticationEntryPoint(entryPoint)
                    .withObjectPostProcessor(
                        new ObjectPostProcessor<BearerTokenAuthenticationFilter>() {
                          @Override
                          public <O extends BearerTokenAuthenticationFilter> O postProcess(
                              O filter) {
                            filter.setAuthenticationFailureHandler(entryPoint);
                            return filter;
                          }
                        }))
        .exceptionHandling(
            exceptions ->
                exceptions
                    .authenticationEntryPoint(entryPoint)
                    .accessDeniedHandler(
                        (request, response, denied) ->
                            Problems.write(
                                response,
                                Problems.of(
                                    HttpStatus.FORBIDDEN,
                                    "forbidden",
                                    "This token may not do that."))));
    return http.build();
  }

  /**
   * No security observations, for both chains. With an observation registry present (the
   * actuator's), Spring Security otherwise wraps every filter of every request in an observation
   * and every authentication and authorization check in another; turning them off by property still
   * left the wrappers running. The HTTP server observation (timings per endpoint and status, on
   * /actuator/prometheus) is not affected.
   */
  @Bean
  static SecurityObservationSettings securityObservationSettings() {
    return SecurityObservationSettings.noObservations();
  }
}
