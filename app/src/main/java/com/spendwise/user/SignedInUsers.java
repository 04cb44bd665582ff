package com.spendwise.user;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Who the current request is signed in as: an API call's bearer token, a local web session (which
 * holds the token it signed in with) or a Cognito hosted-UI session (an OpenID Connect user). All
 * three name the same user by the token subject, provisioned on first sight.
 */
@Component
public class SignedInUsers {

  /** The web app's cookie of a language chosen in its menu (read by its locale resolver too). */
  public static final String LANGUAGE_COOKIE = "spendwise-lang";

  private final UserService users;

  SignedInUsers(UserService users) {
    this.users = users;
  }

  /** The signed-in user of this request, if any. */
  public Optional<UserId> current() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication == null) {
      return Optional.empty();
    }
    if (authentication.getPrincipal() instanceof Jwt jwt) {
      return Optional.of(users.idOf(jwt.getSubject(), jwt.getClaimAsString("email"), language()));
    }
    if (authentication.getPrincipal() instanceof OidcUser oidc) {
      return Optional.of(users.idOf(oidc.getSubject(), oidc.getEmail(), language()));
    }
    return Optional.empty();
  }

  /**
   * The language of the current request, for a user provisioned by it: the one chosen in the web
   * app's menu on this browser, else the browser's Accept-Language; "vi" or "en".
   */
  private static String language() {
    if (!(RequestContextHolder.getRequestAttributes()
        instanceof ServletRequestAttributes current)) {
      return "en";
    }
    HttpServletRequest request = current.getRequest();
    if (request.getCookies() != null) {
      for (Cookie cookie : request.getCookies()) {
        if (cookie.getName().equals(LANGUAGE_COOKIE)) {
          return cookie.getValue().startsWith("vi") ? "vi" : "en";
        }
      }
    }
    return request.getLocale().getLanguage().equals("vi") ? "vi" : "en";
  }
}
