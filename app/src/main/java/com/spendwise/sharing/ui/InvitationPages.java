package com.spendwise.sharing.ui;

import com.spendwise.shared.ProblemException;
import com.spendwise.shared.ui.Feedback;
import com.spendwise.shared.ui.PageController;
import com.spendwise.sharing.Invitations;
import com.spendwise.sharing.Ledger;
import com.spendwise.user.SignedIn;
import com.spendwise.user.UserId;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.UUID;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The invitations addressed to the person, to accept or decline; and a token's link. */
@PageController
class InvitationPages {

  private final Invitations invitations;

  InvitationPages(Invitations invitations) {
    this.invitations = invitations;
  }

  @GetMapping("/invitations")
  String list(@SignedIn UserId person, Model model) {
    model.addAttribute("invitations", invitations.forPerson(person));
    return "sharing/invitations";
  }

  /** The link an owner passes on: shows what accepting means before anything happens. */
  @GetMapping("/invitations/accept")
  String link(@RequestParam(defaultValue = "") String token, Model model) {
    model.addAttribute("token", token);
    return "sharing/accept";
  }

  @PostMapping("/invitations/accept")
  String acceptToken(
      @SignedIn UserId person,
      @RequestParam(defaultValue = "") String token,
      HttpSession session,
      Model model,
      RedirectAttributes redirect) {
    try {
      return joined(person, invitations.accept(person, token), session, redirect);
    } catch (ProblemException e) {
      model.addAttribute("token", token);
      model.addAttribute("problem", "error." + e.code());
      return "sharing/accept";
    }
  }

  @PostMapping("/invitations/{id}/accept")
  String accept(
      @SignedIn UserId person,
      @PathVariable UUID id,
      HttpSession session,
      Model model,
      RedirectAttributes redirect) {
    try {
      return joined(person, invitations.acceptListed(person, id), session, redirect);
    } catch (ProblemException e) {
      model.addAttribute("invitations", invitations.forPerson(person));
      model.addAttribute(Feedback.ATTRIBUTE, new Feedback("error." + e.code(), List.of()));
      return "sharing/invitations";
    }
  }

  @PostMapping("/invitations/{id}/decline")
  String decline(@SignedIn UserId person, @PathVariable UUID id, RedirectAttributes redirect) {
    invitations.declineListed(person, id);
    Feedback.flash(redirect, "ledger.declined");
    return "redirect:/invitations";
  }

  private static String joined(
      UserId person, Ledger ledger, HttpSession session, RedirectAttributes redirect) {
    LedgerSwitching.choose(session, person, ledger);
    Feedback.flash(redirect, "ledger.joined", ledger.name());
    return "redirect:/";
  }
}
