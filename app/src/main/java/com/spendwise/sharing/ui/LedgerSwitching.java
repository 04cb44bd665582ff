package com.spendwise.sharing.ui;

import com.spendwise.shared.ui.Feedback;
import com.spendwise.shared.ui.PageController;
import com.spendwise.sharing.ActingLedger;
import com.spendwise.sharing.Ledger;
import com.spendwise.sharing.SharedLedgers;
import com.spendwise.user.SignedIn;
import com.spendwise.user.UserId;
import jakarta.servlet.http.HttpSession;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Which ledger the page session acts on: the header's menu, and links into a shared ledger. */
@PageController
class LedgerSwitching {

  private final SharedLedgers ledgers;

  LedgerSwitching(SharedLedgers ledgers) {
    this.ledgers = ledgers;
  }

  /** Acts on another of the person's ledgers from now on, back on the page they were on. */
  @PostMapping("/ledgers/switch")
  String switchTo(
      @SignedIn UserId person,
      @RequestParam UUID ledger,
      @RequestParam(defaultValue = "/") String then,
      HttpSession session,
      RedirectAttributes redirect) {
    Ledger chosen = ledgers.get(person, ledger);
    choose(session, person, chosen);
    if (chosen.personal()) {
      Feedback.flash(redirect, "ledger.switchedOwn");
    } else {
      Feedback.flash(redirect, "ledger.switched", chosen.name());
    }
    return "redirect:" + local(then);
  }

  /** A link into a shared ledger (a notification's): switches to it, then opens the page. */
  @GetMapping("/ledgers/{id}/open")
  String open(
      @SignedIn UserId person,
      @PathVariable UUID id,
      @RequestParam(defaultValue = "/") String then,
      HttpSession session) {
    choose(session, person, ledgers.get(person, id));
    return "redirect:" + local(then);
  }

  static void choose(HttpSession session, UserId person, Ledger ledger) {
    if (ledger.id().equals(person)) {
      session.removeAttribute(ActingLedger.SESSION_ATTRIBUTE);
    } else {
      session.setAttribute(ActingLedger.SESSION_ATTRIBUTE, ledger.id().value().toString());
    }
  }

  /** Only a path of this site: never another site's address (an open redirect). */
  static String local(String then) {
    return then.startsWith("/") && !then.startsWith("//") && !then.contains("\\") ? then : "/";
  }
}
