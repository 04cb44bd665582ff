package com.spendwise.auth.internal;

import com.spendwise.auth.IssuedToken;
import com.spendwise.shared.ProblemException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.HttpMessageConverterAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationFilter;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationProvider;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;

/**
 * Signs a person in to the web app with a local account: the same password check and throttling as
 * the API's token endpoint, and the same token, decoded and kept in the page session, so that a
 * page knows its user exactly as an API call does.
 */
public class PageSignIn implements AuthenticationProvider {

  private final LocalAccountService accounts;
  private final JwtDecoder decoder;
  private final Passkeys passkeys;

  PageSignIn(LocalAccountService accounts, JwtDecoder decoder, Passkeys passkeys) {
    this.accounts = accounts;
    this.decoder = decoder;
    this.passkeys = passkeys;
  }

  /** Notes on the new session where and on what it was signed in (the sessions page shows it). */
  public static void remember(HttpServletRequest request) {
    request
        .getSession()
        .setAttribute(WebSessions.SIGNED_IN_FROM, WebSessions.describe(Requester.of(request)));
  }

  /**
   * Passkeys on the page chain: registering one ({@code POST /webauthn/register/options}, {@code
   * POST /webauthn/register}) when signed in, and signing in with one ({@code POST
   * /webauthn/authenticate/options}, {@code POST /login/webauthn}). Spring Security checks the
   * ceremony; the person it names then gets the same session as a password sign-in: a token of
   * their account, a new session id, and the device noted.
   */
  void passkeys(HttpSecurity http, SecurityContextRepository contexts) throws Exception {
    UserDetailsService names =
        name -> User.withUsername(name).password("").authorities(List.of()).build();
    WebAuthnAuthenticationProvider ceremony = new WebAuthnAuthenticationProvider(passkeys, names);
    AuthenticationSuccessHandler answer = new HttpMessageConverterAuthenticationSuccessHandler();
    http.setSharedObject(UserDetailsService.class, names);
    http.setSharedObject(PublicKeyCredentialUserEntityRepository.class, passkeys.userEntities());
    http.setSharedObject(UserCredentialRepository.class, passkeys.credentials());
    http.webAuthn(
        webAuthn ->
            webAuthn
                .rpName("SpendWise")
                .rpId("localhost")
                .disableDefaultRegistrationPage(true)
                .withObjectPostProcessor(
                    new ObjectPostProcessor<WebAuthnAuthenticationFilter>() {
                      @Override
                      public <O extends WebAuthnAuthenticationFilter> O postProcess(O filter) {
                        filter.setAuthenticationManager(
                            request ->
                                signedIn(
                                    accounts.tokenFor(
                                        UUID.fromString(ceremony.authenticate(request).getName()),
                                        Requester.current())));
                        filter.setSessionAuthenticationStrategy(
                            new ChangeSessionIdAuthenticationStrategy());
                        filter.setSecurityContextRepository(contexts);
                        filter.setAuthenticationSuccessHandler(
                            (request, response, authentication) -> {
                              remember(request);
                              answer.onAuthenticationSuccess(request, response, authentication);
                            });
                        return filter;
                      }
                    }));
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
