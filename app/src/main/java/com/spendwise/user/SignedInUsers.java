package com.spendwise.user;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;

/**
 * Who the current request is signed in as: an API call's bearer token, a local web session (which
 * holds the token it signed in with) or a Cognito hosted-UI session (an OpenID Connect user). All
 * three name the same user by the token subject, provisioned on first sight.
 */
@Component
public class SignedInUsers {

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
      return Optional.of(users.idOf(jwt.getSubject(), jwt.getClaimAsString("email")));
    }
    if (authentication.getPrincipal() instanceof OidcUser oidc) {
      return Optional.of(users.idOf(oidc.getSubject(), oidc.getEmail()));
    }
    return Optional.empty();
  }
}
