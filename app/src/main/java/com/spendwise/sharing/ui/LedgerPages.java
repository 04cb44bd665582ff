package com.spendwise.sharing.ui;

import com.spendwise.shared.ProblemException;
import com.spendwise.shared.ui.Feedback;
import com.spendwise.shared.ui.FormErrors;
import com.spendwise.shared.ui.PageController;
import com.spendwise.sharing.ActingLedger;
import com.spendwise.sharing.Invitations;
import com.spendwise.sharing.Ledger;
import com.spendwise.sharing.NewInvitation;
import com.spendwise.sharing.Role;
import com.spendwise.sharing.SharedLedgers;
import com.spendwise.user.SignedIn;
import com.spendwise.user.UserId;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The shared-ledger pages: the person's ledgers and a form for a new one, switching, and one
 * ledger's page (members and roles, invitations, renaming, leaving, deleting).
 */
@PageController
class LedgerPages {

  private final SharedLedgers ledgers;
  private final Invitations invitations;

  LedgerPages(SharedLedgers ledgers, Invitations invitations) {
    this.ledgers = ledgers;
    this.invitations = invitations;
  }

  @GetMapping("/ledgers")
  String list(@SignedIn UserId person, Model model) {
    return list(person, model, "", Map.of());
  }

  private String list(UserId person, Model model, String name, Map<String, String> errors) {
    model.addAttribute("mine", ledgers.ledgersOf(person));
    model.addAttribute("invitations", invitations.forPerson(person));
    model.addAttribute("name", name);
    model.addAttribute("errors", errors);
    return "sharing/ledgers";
  }

  @PostMapping("/ledgers")
  String create(
      @SignedIn UserId person,
      @RequestParam(defaultValue = "") String name,
      HttpSession session,
      Model model,
      RedirectAttributes redirect) {
    try {
      Ledger created = ledgers.create(person, name);
      session.setAttribute(ActingLedger.SESSION_ATTRIBUTE, created.id().value().toString());
      Feedback.flash(redirect, "ledger.created", created.name());
      return "redirect:/ledgers/" + created.id().value();
    } catch (ProblemException e) {
      return list(person, model, name, FormErrors.of(e, field -> field, "name"));
    }
  }

  @GetMapping("/ledgers/{id}")
  String ledger(@SignedIn UserId person, @PathVariable UUID id, Model model) {
    return ledger(person, id, model, Map.of(), "", "EDITOR", null);
  }

  String ledger(
      UserId person,
      UUID id,
      Model model,
      Map<String, String> errors,
      String email,
      String role,
      String link) {
    Ledger ledger = ledgers.get(person, id);
    if (ledger.personal()) {
      throw ProblemException.notFound("The ledger");
    }
    model.addAttribute("ledger", ledger);
    model.addAttribute("members", ledgers.members(person, id));
    model.addAttribute(
        "pending", ledger.role() == Role.OWNER ? invitations.ofLedger(person, id) : List.of());
    model.addAttribute("roles", Role.values());
    model.addAttribute("me", person);
    model.addAttribute("errors", errors);
    model.addAttribute("email", email);
    model.addAttribute("role", role);
    model.addAttribute("link", link);
    return "sharing/ledger";
  }

  @PostMapping("/ledgers/{id}/invite")
  String invite(
      @SignedIn UserId person,
      @PathVariable UUID id,
      @RequestParam(defaultValue = "") String email,
      @RequestParam(defaultValue = "EDITOR") Role role,
      Model model) {
    try {
      NewInvitation made = invitations.invite(person, id, email, role);
      model.addAttribute(Feedback.ATTRIBUTE, new Feedback("ledger.invited", List.of(email)));
      return ledger(person, id, model, Map.of(), "", "EDITOR", made.token());
    } catch (ProblemException e) {
      FormErrors.rethrowIfMissing(e);
      return ledger(
          person, id, model, FormErrors.of(e, f -> "email", "email"), email, role.name(), null);
    }
  }

  @PostMapping("/ledgers/{id}/invitations/{invitation}/revoke")
  String revoke(
      @SignedIn UserId person,
      @PathVariable UUID id,
      @PathVariable UUID invitation,
      RedirectAttributes redirect) {
    invitations.revoke(person, id, invitation);
    Feedback.flash(redirect, "ledger.revoked");
    return "redirect:/ledgers/" + id;
  }

  @PostMapping("/ledgers/{id}/members/{member}/role")
  String role(
      @SignedIn UserId person,
      @PathVariable UUID id,
      @PathVariable UUID member,
      @RequestParam Role role,
      Model model,
      RedirectAttributes redirect) {
    try {
      ledgers.changeRole(person, id, member, role);
      Feedback.flash(redirect, "feedback.saved", "");
      return "redirect:/ledgers/" + id;
    } catch (ProblemException e) {
      FormErrors.rethrowIfMissing(e);
      return ledger(
          person, id, model, FormErrors.of(e, f -> "members", "members"), "", "EDITOR", null);
    }
  }

  @PostMapping("/ledgers/{id}/members/{member}/remove")
  String remove(
      @SignedIn UserId person,
      @PathVariable UUID id,
      @PathVariable UUID member,
      HttpSession session,
      RedirectAttributes redirect) {
    ledgers.remove(person, id, member);
    if (person.value().equals(member)) {
      return left(session, id, redirect);
    }
    Feedback.flash(redirect, "ledger.removed");
    return "redirect:/ledgers/" + id;
  }

  @PostMapping("/ledgers/{id}/leave")
  String leave(
      @SignedIn UserId person,
      @PathVariable UUID id,
      HttpSession session,
      RedirectAttributes redirect) {
    ledgers.leave(person, id);
    return left(session, id, redirect);
  }

  @PostMapping("/ledgers/{id}/rename")
  String rename(
      @SignedIn UserId person,
      @PathVariable UUID id,
      @RequestParam(defaultValue = "") String name,
      Model model,
      RedirectAttributes redirect) {
    try {
      Ledger renamed = ledgers.rename(person, id, name);
      Feedback.flash(redirect, "feedback.saved", renamed.name());
      return "redirect:/ledgers/" + id;
    } catch (ProblemException e) {
      FormErrors.rethrowIfMissing(e);
      return ledger(person, id, model, FormErrors.of(e, f -> "name", "name"), "", "EDITOR", null);
    }
  }

  @PostMapping("/ledgers/{id}/delete")
  String delete(
      @SignedIn UserId person,
      @PathVariable UUID id,
      @RequestParam(defaultValue = "") String confirm,
      HttpSession session,
      Model model,
      RedirectAttributes redirect) {
    Ledger ledger = ledgers.get(person, id);
    if (!confirm.strip().equals(ledger.name())) {
      return ledger(person, id, model, Map.of("confirm", "error.confirm-name"), "", "EDITOR", null);
    }
    ledgers.delete(person, id);
    forget(session, id);
    Feedback.flash(redirect, "ledger.deleted", ledger.name());
    return "redirect:/ledgers";
  }

  private static String left(HttpSession session, UUID id, RedirectAttributes redirect) {
    forget(session, id);
    Feedback.flash(redirect, "ledger.left");
    return "redirect:/ledgers";
  }

  private static void forget(HttpSession session, UUID id) {
    if (id.toString().equals(session.getAttribute(ActingLedger.SESSION_ATTRIBUTE))) {
      session.removeAttribute(ActingLedger.SESSION_ATTRIBUTE);
    }
  }
}
