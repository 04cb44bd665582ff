package com.spendwise.auth.internal;

import com.spendwise.shared.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;

/** 401 with the WWW-Authenticate header of RFC 6750 and a problem body. */
final class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

  private final BearerTokenAuthenticationEntryPoint bearer =
      new BearerTokenAuthenticationEntryPoint();

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
