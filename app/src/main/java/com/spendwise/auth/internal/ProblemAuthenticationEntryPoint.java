package com.spendwise.auth.internal;

import com.spendwise.shared.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * 401 with the WWW-Authenticate header of RFC 6750 and a problem body. A token that could not be
 * checked at all (the issuer's keys are unreachable) is the server's problem, not the client's:
 * 503.
 */
final class ProblemAuthenticationEntryPoint
    implements AuthenticationEntryPoint, AuthenticationFailureHandler {

  private static final Logger log = LoggerFactory.getLogger(ProblemAuthenticationEntryPoint.class);

  private final BearerTokenAuthenticationEntryPoint bearer =
      new BearerTokenAuthenticationEntryPoint();

  @Override
  public void onAuthenticationFailure(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
      throws IOException {
    if (failure instanceof AuthenticationServiceException) {
      log.warn("Could not check a bearer token: {}", failure.getMessage());
      response.setHeader(HttpHeaders.RETRY_AFTER, "5");
      Problems.write(
          response,
          Problems.of(
              HttpStatus.SERVICE_UNAVAILABLE,
              "identity-provider-unavailable",
              "The access token cannot be checked right now; try again shortly."));
      return;
    }
    commence(request, response, failure);
  }

  @Override
  public void commence(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
      throws IOException {
    bearer.commence(request, response, failure);
    boolean badToken = failure instanceof OAuth2AuthenticationException;
    Problems.write(
        response,
        Problems.of(
            HttpStatus.UNAUTHORIZED,
            badToken ? "invalid-token" : "unauthenticated",
            badToken
                ? "The access token is invalid, expired or not meant for this service."
                : "This request needs a bearer access token."));
  }
}
