package com.spendwise.auth.ui;

import com.spendwise.auth.Passkey;
import com.spendwise.auth.SignInEvent;
import com.spendwise.auth.WebSession;
import com.spendwise.auth.internal.AccountChanges;
import com.spendwise.auth.internal.LocalAccountService;
import com.spendwise.auth.internal.Passkeys;
import com.spendwise.auth.internal.WebSessions;
import com.spendwise.shared.ProblemException;
import com.spendwise.shared.ui.FormErrors;
import com.spendwise.shared.ui.PageController;
import com.spendwise.user.SignedIn;
import com.spendwise.user.UserId;
import com.spendwise.user.UserService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The account's security page (local accounts): change the password, passkeys, web sessions and the
 * sign-in history; and deleting the account.
 */
@PageController
@ConditionalOnProperty(name = "spendwise.auth.mode", havingValue = "local", matchIfMissing = true)
class SecurityPages {

  private static final String PAGE = "/profile/security";

  private final LocalAccountService accounts;
  private final AccountChanges changes;
  private final Passkeys passkeys;
  private final WebSessions sessions;
  private final UserService users;

  SecurityPages(
      LocalAccountService accounts,
      AccountChanges changes,
      Passkeys passkeys,
      WebSessions sessions,
      UserService users) {
    this.accounts = accounts;
    this.changes = changes;
    this.passkeys = passkeys;
    this.sessions = sessions;
    this.users = users;
  }

  public record SessionLine(WebSession session, LocalDateTime started, LocalDateTime lastSeen) {}

  public record SignInLine(SignInEvent event, LocalDateTime at) {}

  public record PasskeyLine(Passkey passkey, LocalDateTime created, LocalDateTime lastUsed) {}

  @GetMapping(PAGE)
  String show(
      @SignedIn UserId user,
      @AuthenticationPrincipal Jwt token,
      HttpServletRequest request,
      Model model) {
    if (request.getParameter("passkeyAdded") != null && !model.containsAttribute("notice")) {
      model.addAttribute("notice", "security.passkeyAdded");
    }
    return page(user, token, request, model, Map.of());
  }

  @PostMapping(PAGE + "/password")
  String changePassword(
      @SignedIn UserId user,
      @AuthenticationPrincipal Jwt token,
      @RequestParam(defaultValue = "") String currentPassword,
      @RequestParam(defaultValue = "") String newPassword,
      HttpServletRequest request,
      Model model,
      RedirectAttributes redirect) {
    Map<String, String> errors = new LinkedHashMap<>();
    if (currentPassword.isEmpty()) {
      errors.put("currentPassword", "security.error.currentPassword");
    }
    if (newPassword.length() < 12 || newPassword.length() > 128) {
      errors.put("newPassword", "register.error.password");
    }
    if (errors.isEmpty()) {
      try {
        changes.changePassword(
            subject(token), currentPassword, newPassword, request.getSession().getId());
        redirect.addFlashAttribute("notice", "security.passwordChanged");
        return "redirect:" + PAGE;
      } catch (ProblemException e) {
        errors.putAll(
            e.status() == HttpStatus.TOO_MANY_REQUESTS
                ? Map.of("currentPassword", "signin.error.locked")
                : FormErrors.of(e, f -> f, "currentPassword"));
      }
    }
    return page(user, token, request, model, errors);
  }

  @PostMapping(PAGE + "/passkeys/{id}/rename")
  String rename(
      @AuthenticationPrincipal Jwt token,
      @PathVariable String id,
      @RequestParam(defaultValue = "") String label,
      RedirectAttributes redirect) {
    String name = label.strip();
    if (name.isEmpty() || name.length() > 64) {
      redirect.addFlashAttribute("notice", "security.error.passkeyName");
    } else if (!passkeys.rename(subject(token), id, name)) {
      throw ProblemException.notFound("The passkey");
    } else {
      redirect.addFlashAttribute("notice", "security.passkeyRenamed");
    }
    return "redirect:" + PAGE + "#passkeys";
  }

  @PostMapping(PAGE + "/passkeys/{id}/delete")
  String removePasskey(
      @AuthenticationPrincipal Jwt token, @PathVariable String id, RedirectAttributes redirect) {
    if (!changes.removePasskey(subject(token), id)) {
      throw ProblemException.notFound("The passkey");
    }
    redirect.addFlashAttribute("notice", "security.passkeyRemoved");
    return "redirect:" + PAGE + "#passkeys";
  }

  @PostMapping(PAGE + "/second-factor")
  String secondFactor(
      @AuthenticationPrincipal Jwt token,
      @RequestParam(defaultValue = "false") boolean required,
      RedirectAttributes redirect) {
    try {
      changes.requirePasskey(subject(token), required);
      redirect.addFlashAttribute(
          "notice", required ? "security.secondFactorOn" : "security.secondFactorOff");
    } catch (ProblemException e) {
      redirect.addFlashAttribute("notice", "security.secondFactorNoPasskey");
    }
    return "redirect:" + PAGE + "#passkeys";
  }

  @PostMapping(PAGE + "/sessions/{handle}/end")
  String endSession(
      @AuthenticationPrincipal Jwt token,
      @PathVariable String handle,
      HttpServletRequest request,
      RedirectAttributes redirect) {
    if (!sessions.end(subject(token), handle)) {
      throw ProblemException.notFound("The session");
    }
    HttpSession current = request.getSession(false);
    if (current != null && WebSessions.handle(current.getId()).equals(handle)) {
      SecurityContextHolder.clearContext();
      return "redirect:/signin?signedOut";
    }
    redirect.addFlashAttribute("notice", "security.sessionEnded");
    return "redirect:" + PAGE + "#sessions";
  }

  @PostMapping(PAGE + "/sessions/end-others")
  String endOthers(
      @AuthenticationPrincipal Jwt token, HttpServletRequest request, RedirectAttributes redirect) {
    sessions.endAllBut(subject(token), request.getSession().getId());
    redirect.addFlashAttribute("notice", "security.othersEnded");
    return "redirect:" + PAGE + "#sessions";
  }

  @GetMapping("/profile/delete")
  String deleteForm(Model model) {
    model.addAttribute("email", "");
    model.addAttribute("errors", Map.of());
    return "auth/delete";
  }

  @PostMapping("/profile/delete")
  String delete(
      @AuthenticationPrincipal Jwt token,
      @RequestParam(defaultValue = "") String email,
      @RequestParam(defaultValue = "") String password,
      HttpServletRequest request,
      Model model) {
    Map<String, String> errors = new LinkedHashMap<>();
    try {
      changes.deleteAccount(subject(token), email, password);
      HttpSession session = request.getSession(false);
      if (session != null) {
        session.invalidate();
      }
      SecurityContextHolder.clearContext();
      return "redirect:/signin?deleted";
    } catch (ProblemException e) {
      errors.putAll(
          e.status() == HttpStatus.TOO_MANY_REQUESTS
              ? Map.of("password", "signin.error.locked")
              : FormErrors.of(e, f -> f, "password"));
    }
    model.addAttribute("email", email);
    model.addAttribute("errors", errors);
    return "auth/delete";
  }

  private String page(
      UserId user, Jwt token, HttpServletRequest request, Model model, Map<String, String> errors) {
    UUID subject = subject(token);
    ZoneId zone = ZoneId.of(users.get(user).timeZone());
    HttpSession session = request.getSession(false);
    List<SessionLine> sessionLines =
        sessions.of(subject, session == null ? null : session.getId()).stream()
            .map(s -> new SessionLine(s, local(s.started(), zone), local(s.lastSeen(), zone)))
            .toList();
    model.addAttribute("sessions", sessionLines);
    model.addAttribute(
        "signIns",
        accounts.signIns(subject).stream()
            .map(e -> new SignInLine(e, local(e.at(), zone)))
            .toList());
    model.addAttribute(
        "passkeys",
        passkeys.of(subject).stream()
            .map(p -> new PasskeyLine(p, local(p.created(), zone), local(p.lastUsed(), zone)))
            .toList());
    model.addAttribute("passkeyRequired", changes.passkeyRequired(subject));
    model.addAttribute("errors", errors);
    return "auth/security";
  }

  private static LocalDateTime local(Instant at, ZoneId zone) {
    return at == null ? null : LocalDateTime.ofInstant(at, zone);
  }

  private static UUID subject(Jwt token) {
    return UUID.fromString(token.getSubject());
  }
}
