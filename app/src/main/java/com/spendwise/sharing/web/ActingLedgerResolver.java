package com.spendwise.sharing.web;

import com.spendwise.shared.Acting;
import com.spendwise.shared.ProblemException;
import com.spendwise.sharing.ActingLedger;
import com.spendwise.sharing.LedgerAccess;
import com.spendwise.sharing.Role;
import com.spendwise.user.CurrentUser;
import com.spendwise.user.SignedInUsers;
import com.spendwise.user.UserId;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Resolves {@code @CurrentUser UserId}: the single point where a request's data is scoped. The
 * signed-in person's own ledger, or the shared ledger the request names, checked against the
 * person's membership (one primary-key lookup per request): a ledger they are not in is not found,
 * a viewer cannot write, and only owners manage. A page session whose member was removed goes back
 * to the person's own ledger and says so.
 */
class ActingLedgerResolver implements HandlerMethodArgumentResolver {

  private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

  private final SignedInUsers signedIn;
  private final LedgerAccess access;

  ActingLedgerResolver(SignedInUsers signedIn, LedgerAccess access) {
    this.signedIn = signedIn;
    this.access = access;
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
    UserId person =
        signedIn
            .current()
            .orElseThrow(() -> new AuthenticationCredentialsNotFoundException("No bearer token"));
    HttpServletRequest request = webRequest.getNativeRequest(HttpServletRequest.class);
    String header = request.getHeader(ActingLedger.HEADER);
    HttpSession session = header == null ? request.getSession(false) : null;
    UUID ledger =
        header != null
            ? parse(header)
            : session != null
                    && session.getAttribute(ActingLedger.SESSION_ATTRIBUTE) instanceof String chosen
                ? UUID.fromString(chosen)
                : person.value();
    String shown = session == null ? null : request.getParameter(ActingLedger.FORM_FIELD);
    if (shown != null && !shown.equals(ledger.toString())) {
      throw new ProblemException(
          HttpStatus.CONFLICT,
          "ledger-switched",
          "This form was opened in another ledger than the one open now. Nothing was saved.");
    }
    if (ledger.equals(person.value())) {
      return person;
    }
    Optional<Role> role = access.roleOf(person, ledger);
    if (role.isEmpty()) {
      if (session != null) {
        session.removeAttribute(ActingLedger.SESSION_ATTRIBUTE);
        throw new ProblemException(
            HttpStatus.NOT_FOUND,
            "ledger-gone",
            "You are no longer a member of this ledger; you are back in your own.");
      }
      throw ProblemException.notFound("The ledger");
    }
    CurrentUser scope = parameter.getParameterAnnotation(CurrentUser.class);
    if (scope != null && scope.manage() && role.get() != Role.OWNER) {
      throw new ProblemException(
          HttpStatus.FORBIDDEN, "owners-only", "Only the ledger's owners may do this.");
    }
    if (!READS.contains(request.getMethod()) && !role.get().canWrite()) {
      throw new ProblemException(
          HttpStatus.FORBIDDEN,
          "read-only-ledger",
          "You can read this shared ledger but not change it: you are a viewer.");
    }
    Acting.note(person.value(), ledger);
    return new UserId(ledger);
  }

  private static UUID parse(String header) {
    try {
      return UUID.fromString(header.strip());
    } catch (IllegalArgumentException e) {
      throw ProblemException.invalidField(
          ActingLedger.HEADER, "invalid", "Must be the id of a ledger you belong to.");
    }
  }
}
