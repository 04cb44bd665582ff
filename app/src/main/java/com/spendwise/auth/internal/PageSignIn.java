package com.spendwise.auth.internal;

import com.spendwise.auth.IssuedToken;
import com.spendwise.shared.ProblemException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * Signs a person in to the web app with a local account: the same password check and throttling as
 * the API's token endpoint, and the same token, decoded and kept in the page session, so that a
 * page knows its user exactly as an API call does.
 */
public class PageSignIn implements AuthenticationProvider {

  private final LocalAccountService accounts;
  private final JwtDecoder decoder;

  PageSignIn(LocalAccountService accounts, JwtDecoder decoder) {
    this.accounts = accounts;
    this.decoder = decoder;
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    try {
      return signedIn(
          accounts.token(
              authentication.getName(), String.valueOf(authentication.getCredentials())));
    } catch (ProblemException e) {
      if (e.status() == HttpStatus.TOO_MANY_REQUESTS) {
        throw new LockedException("too-many-failed-logins");
      }
      throw new BadCredentialsException("invalid-credentials");
    }
  }

  /** The session's authentication for a token just issued to the person. */
  public Authentication signedIn(IssuedToken token) {
    return new SignedIn(decoder.decode(token.accessToken()));
  }

  /**
   * A person signed in to the web app: the token's claims, kept in the session. (Spring Security
   * never stores a bearer token's own authentication in a session; this one is meant to be.)
   */
  static final class SignedIn extends AbstractAuthenticationToken {

    private final Jwt token;

    SignedIn(Jwt token) {
      super(List.of());
      this.token = token;
      setAuthenticated(true);
    }

    @Override
    public Jwt getPrincipal() {
      return token;
    }

    @Override
    public Object getCredentials() {
      return null;
    }

    @Override
    public String getName() {
      return token.getSubject();
    }
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
