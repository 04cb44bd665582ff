package com.spendwise.auth.internal;

import com.spendwise.auth.IssuedToken;
import com.spendwise.auth.SignInEvent;
import com.spendwise.shared.ProblemException;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
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

  /**
   * Pages are for people fully signed in; one whose password was right but whose account asks for a
   * passkey too may only finish signing in.
   */
  static AuthorizationResult complete(Supplier<? extends Authentication> authentication) {
    return new AuthorizationDecision(authentication.get() instanceof SignedIn);
  }

  /** A page refused to someone half signed in sends them to the second step. */
  static void secondStepOrForbidden(
      HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
      throws IOException, ServletException {
    if (SecurityContextHolder.getContext().getAuthentication() instanceof PasswordOnly) {
      response.sendRedirect(request.getContextPath() + SECOND_STEP);
      return;
    }
    new AccessDeniedHandlerImpl().handle(request, response, denied);
  }

  /**
   * A person whose password was right, on an account that asks for a passkey too: signed in to
   * nothing but the second step.
   */
  static final class PasswordOnly extends AbstractAuthenticationToken {

    private final String subject;

    PasswordOnly(String subject) {
      super(List.of());
      this.subject = subject;
      setAuthenticated(true);
    }

    @Override
    public String getPrincipal() {
      return subject;
    }

    @Override
    public Object getCredentials() {
      return null;
    }

    @Override
    public String getName() {
      return subject;
    }
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
                            request -> passkeySignIn(ceremony, request));
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

  /** The page where a person whose account asks for it confirms their password with a passkey. */
  public static final String SECOND_STEP = "/signin/passkey";

  @Override
  public Authentication authenticate(Authentication authentication) {
    try {
      LocalAccountService.Account account =
          accounts.checkPassword(
              authentication.getName(), String.valueOf(authentication.getCredentials()));
      if (account.passkeyRequired()) {
        return new PasswordOnly(account.subject().toString());
      }
      Requester from = Requester.current();
      accounts.signedIn(account.subject(), account.email(), SignInEvent.Method.PASSWORD, from);
      return signedIn(accounts.issue(account.subject(), account.email()));
    } catch (ProblemException e) {
      if (e.status() == HttpStatus.TOO_MANY_REQUESTS) {
        throw new LockedException("too-many-failed-logins");
      }
      throw new BadCredentialsException("invalid-credentials");
    }
  }

  /**
   * A passkey ceremony checked by Spring Security, as a session: alone, or as the second step after
   * the password, in which case it must be a passkey of the account whose password was given.
   */
  private Authentication passkeySignIn(AuthenticationProvider ceremony, Authentication request) {
    Authentication before = SecurityContextHolder.getContext().getAuthentication();
    UUID subject = UUID.fromString(ceremony.authenticate(request).getName());
    boolean secondStep = before instanceof PasswordOnly;
    if (secondStep && !before.getName().equals(subject.toString())) {
      throw new BadCredentialsException("A passkey of another account");
    }
    return signedIn(
        accounts.tokenFor(
            subject,
            Requester.current(),
            secondStep ? SignInEvent.Method.PASSWORD_AND_PASSKEY : SignInEvent.Method.PASSKEY));
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
