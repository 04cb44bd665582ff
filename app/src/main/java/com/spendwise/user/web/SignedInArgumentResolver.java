package com.spendwise.user.web;

import com.spendwise.user.SignedIn;
import com.spendwise.user.SignedInUsers;
import com.spendwise.user.UserId;
import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Resolves {@code @SignedIn UserId} from the request's validated token or web session. */
class SignedInArgumentResolver implements HandlerMethodArgumentResolver {

  private final SignedInUsers signedIn;

  SignedInArgumentResolver(SignedInUsers signedIn) {
    this.signedIn = signedIn;
  }

  @Override
  public boolean supportsParameter(MethodParameter parameter) {
    return parameter.hasParameterAnnotation(SignedIn.class)
        && parameter.getParameterType().equals(UserId.class);
  }

  @Override
  public UserId resolveArgument(
      MethodParameter parameter,
      ModelAndViewContainer mavContainer,
      NativeWebRequest webRequest,
      WebDataBinderFactory binderFactory) {
    return signedIn
        .current()
        .orElseThrow(() -> new AuthenticationCredentialsNotFoundException("No bearer token"));
  }
}
