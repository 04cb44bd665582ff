package com.spendwise.user.web;

import com.spendwise.user.CurrentUser;
import com.spendwise.user.UserId;
import com.spendwise.user.UserService;
import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Resolves {@code @CurrentUser UserId} from the request's validated JWT (or the session's). */
class CurrentUserArgumentResolver implements HandlerMethodArgumentResolver {

  private final UserService users;

  CurrentUserArgumentResolver(UserService users) {
    this.users = users;
  }

  @Override
  public boolean supportsParameter(MethodParameter parameter) {
    return parameter.hasParameterAnnotation(CurrentUser.class)
        && parameter.getParameterType().equals(UserId.class);
  }

  @Override
  public UserId resolveArgument(
      MethodParameter parameter,
      ModelAndViewContainer mavContainer,
      NativeWebRequest webRequest,
      WebDataBinderFactory binderFactory) {
    Jwt token = token();
    return users.idOf(token.getSubject(), token.getClaimAsString("email"));
  }

  private static Jwt token() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    // An API call's bearer token, or the token a web app session was signed in with.
    if (authentication != null && authentication.getPrincipal() instanceof Jwt jwt) {
      return jwt;
    }
    throw new AuthenticationCredentialsNotFoundException("No bearer token");
  }
}
