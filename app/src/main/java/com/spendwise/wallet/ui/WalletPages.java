package com.spendwise.wallet.ui;

import com.spendwise.shared.ProblemException;
import com.spendwise.shared.ui.AmountInput;
import com.spendwise.shared.ui.Choices;
import com.spendwise.shared.ui.Feedback;
import com.spendwise.shared.ui.FormErrors;
import com.spendwise.shared.ui.Manage;
import com.spendwise.shared.ui.PageController;
import com.spendwise.user.CurrentUser;
import com.spendwise.user.UserId;
import com.spendwise.wallet.Wallet;
import com.spendwise.wallet.WalletDraft;
import com.spendwise.wallet.WalletId;
import com.spendwise.wallet.WalletService;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The wallets page (every wallet with its balance, and a form for a new one) and one wallet's page:
 * rename, archive or unarchive, delete while it has no transactions.
 */
@PageController
class WalletPages {

  private final WalletService wallets;

  WalletPages(WalletService wallets) {
    this.wallets = wallets;
  }

  @GetMapping("/wallets")
  String list(@CurrentUser UserId user, Model model) {
    return page(user, model, "", "VND", "", Map.of());
  }

  @PostMapping("/wallets")
  String create(
      @CurrentUser UserId user,
      @RequestParam(defaultValue = "") String name,
      @RequestParam(defaultValue = "VND") String currency,
      @RequestParam(defaultValue = "") String openingBalance,
      Locale locale,
      Model model,
      RedirectAttributes redirect) {
    Map<String, String> errors = new LinkedHashMap<>();
    Map<String, Object[]> args = new HashMap<>();
    model.addAttribute("errorArgs", args);
    Optional<BigDecimal> opening =
        openingBalance.isBlank()
            ? Optional.of(BigDecimal.ZERO)
            : AmountInput.read("openingBalance", openingBalance, currency, locale, errors, args);
    if (opening.isPresent()) {
      try {
        Wallet created =
            wallets.create(user, new WalletDraft(name, currency, opening.get(), false));
        Feedback.flash(redirect, "feedback.saved", created.name());
        return "redirect:/wallets";
      } catch (ProblemException e) {
        errors = FormErrors.of(e, field -> field, "name");
      }
    }
    return page(user, model, name, currency, openingBalance, errors);
  }

  @GetMapping("/wallets/{id}")
  String manage(@CurrentUser UserId user, @PathVariable UUID id, Model model) {
    Wallet wallet = wallets.get(user, new WalletId(id));
    return manage(model, wallet, wallet.name(), Map.of());
  }

  /** Saves the name and the archived flag; currency and opening balance stay as they are. */
  @PostMapping("/wallets/{id}")
  String save(
      @CurrentUser UserId user,
      @PathVariable UUID id,
      @RequestParam(defaultValue = "") String name,
      @RequestParam(defaultValue = "false") boolean archived,
      @RequestParam(defaultValue = "") String version,
      Model model,
      RedirectAttributes redirect) {
    Wallet current = wallets.get(user, new WalletId(id));
    try {
      Wallet saved =
          wallets.update(
              user,
              current.id(),
              new WalletDraft(name, current.currency(), current.openingBalance(), archived),
              Manage.version(version));
      Feedback.flash(redirect, "feedback.saved", saved.name());
      return "redirect:/wallets";
    } catch (ProblemException e) {
      return manage(model, current, name, Manage.errors(e, "name"));
    }
  }

  @PostMapping("/wallets/{id}/delete")
  String delete(
      @CurrentUser UserId user,
      @PathVariable UUID id,
      @RequestParam(defaultValue = "") String version,
      Model model,
      RedirectAttributes redirect) {
    Wallet current = wallets.get(user, new WalletId(id));
    try {
      wallets.delete(user, current.id(), Manage.version(version));
      Feedback.flash(redirect, "feedback.deleted", current.name());
      return "redirect:/wallets";
    } catch (ProblemException e) {
      return manage(model, current, current.name(), Manage.errors(e, "delete"));
    }
  }

  private static String manage(
      Model model, Wallet wallet, String name, Map<String, String> errors) {
    model.addAttribute("wallet", wallet);
    model.addAttribute("name", name);
    model.addAttribute("errors", errors);
    return "wallet/wallet";
  }

  private String page(
      UserId user,
      Model model,
      String name,
      String currency,
      String openingBalance,
      Map<String, String> errors) {
    model.addAttribute("wallets", wallets.all(user));
    model.addAttribute("currencies", Choices.currencies());
    model.addAttribute("name", name);
    model.addAttribute("currency", currency);
    model.addAttribute("openingBalance", openingBalance);
    model.addAttribute("errors", errors);
    return "wallet/wallets";
  }
}
