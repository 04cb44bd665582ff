package com.spendwise.transaction.ui;

import com.spendwise.shared.ProblemException;
import com.spendwise.shared.ui.AmountInput;
import com.spendwise.shared.ui.DateInput;
import com.spendwise.shared.ui.Feedback;
import com.spendwise.shared.ui.FormErrors;
import com.spendwise.shared.ui.MoneyFormat;
import com.spendwise.shared.ui.PageController;
import com.spendwise.sharing.Ledger;
import com.spendwise.sharing.SharedLedgers;
import com.spendwise.transaction.Contributions;
import com.spendwise.user.SignedIn;
import com.spendwise.user.UserId;
import com.spendwise.user.UserService;
import com.spendwise.wallet.Wallet;
import com.spendwise.wallet.WalletService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Contribute to the household": one form moves money from one of the person's own wallets to a
 * wallet of a shared ledger they record in, written as a linked pair.
 */
@PageController
class ContributionPage {

  private final Contributions contributions;
  private final SharedLedgers ledgers;
  private final WalletService wallets;
  private final UserService users;
  private final Clock clock;

  ContributionPage(
      Contributions contributions,
      SharedLedgers ledgers,
      WalletService wallets,
      UserService users,
      Clock clock) {
    this.contributions = contributions;
    this.ledgers = ledgers;
    this.wallets = wallets;
    this.users = users;
    this.clock = clock;
  }

  /** The form as typed. {@code target} is "ledgerId/walletId". */
  record ContributionForm(
      String fromWalletId,
      String target,
      String amount,
      String receivedAmount,
      String date,
      String note) {}

  /** A wallet of a shared ledger the person records in, as the "to" list offers it. */
  record Target(String value, UserId ledgerId, String ledger, Wallet wallet) {}

  @GetMapping("/contribute")
  String form(@SignedIn UserId person, Model model) {
    String today = users.get(person).today(clock).toString();
    return page(person, new ContributionForm("", "", "", "", today, ""), Map.of(), Map.of(), model);
  }

  @PostMapping("/contribute")
  String contribute(
      @SignedIn UserId person,
      @ModelAttribute ContributionForm form,
      Locale locale,
      Model model,
      RedirectAttributes redirect) {
    Map<String, String> errors = new LinkedHashMap<>();
    Map<String, Object[]> args = new HashMap<>();
    List<Wallet> own = wallets.all(person);
    Optional<Wallet> from =
        own.stream().filter(w -> w.id().value().toString().equals(form.fromWalletId())).findFirst();
    Optional<Target> to =
        targets(person).stream().filter(t -> t.value().equals(form.target())).findFirst();
    if (from.isEmpty()) {
      errors.put("fromWalletId", "error.choose-wallet");
    }
    if (to.isEmpty()) {
      errors.put("target", "error.choose-wallet");
    }
    Optional<BigDecimal> amount =
        AmountInput.read(
            "amount", form.amount(), from.map(Wallet::currency).orElse(null), locale, errors, args);
    Optional<BigDecimal> received = Optional.empty();
    if (form.receivedAmount() != null && !form.receivedAmount().isBlank()) {
      received =
          AmountInput.read(
              "receivedAmount",
              form.receivedAmount(),
              to.map(t -> t.wallet().currency()).orElse(null),
              locale,
              errors,
              args);
    }
    Optional<LocalDate> date = DateInput.read("date", form.date(), errors);
    if (!errors.isEmpty()) {
      return page(person, form, errors, args, model);
    }
    try {
      Contributions.Contribution made =
          contributions.contribute(
              person,
              new Contributions.Draft(
                  from.get().id(),
                  to.get().ledgerId(),
                  to.get().wallet().id(),
                  amount.get(),
                  received.orElse(null),
                  date.get(),
                  form.note() == null || form.note().isBlank() ? null : form.note().strip(),
                  null,
                  null));
      Feedback.flash(
          redirect,
          "contribution.saved",
          MoneyFormat.format(made.expense().amount(), from.get().currency(), locale),
          to.get().ledger());
      return "redirect:/transactions";
    } catch (ProblemException e) {
      FormErrors.rethrowIfMissing(e);
      return page(
          person,
          form,
          FormErrors.of(
              e,
              field ->
                  switch (field) {
                    case "sourceWalletId", "fromWalletId" -> "fromWalletId";
                    case "targetWalletId", "toWalletId", "ledgerId" -> "target";
                    default -> field;
                  },
              "form"),
          Map.of(),
          model);
    }
  }

  private String page(
      UserId person,
      ContributionForm form,
      Map<String, String> errors,
      Map<String, Object[]> args,
      Model model) {
    model.addAttribute("own", wallets.all(person).stream().filter(w -> !w.archived()).toList());
    model.addAttribute("targets", targets(person));
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("errorArgs", args);
    return "transaction/contribute";
  }

  /** The open wallets of every shared ledger the person may record in. */
  private List<Target> targets(UserId person) {
    List<Target> targets = new ArrayList<>();
    for (Ledger ledger : ledgers.ledgersOf(person)) {
      if (ledger.personal() || !ledger.role().canWrite()) {
        continue;
      }
      for (Wallet wallet : wallets.all(ledger.id())) {
        if (!wallet.archived()) {
          targets.add(
              new Target(
                  ledger.id().value() + "/" + wallet.id().value(),
                  ledger.id(),
                  ledger.name(),
                  wallet));
        }
      }
    }
    return targets;
  }
}
