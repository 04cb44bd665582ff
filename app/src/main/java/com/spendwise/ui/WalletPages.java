package com.spendwise.ui;

import com.spendwise.shared.PageRequest;
import com.spendwise.shared.ProblemException;
import com.spendwise.user.CurrentUser;
import com.spendwise.user.UserId;
import com.spendwise.wallet.WalletDraft;
import com.spendwise.wallet.WalletService;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The wallets page: every wallet with its balance, and a form for a new one. */
@Controller
class WalletPages {

  static final List<String> CURRENCIES = List.of("VND", "USD", "EUR", "JPY", "GBP", "KWD");

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
      Model model) {
    Optional<BigDecimal> opening =
        openingBalance.isBlank()
            ? Optional.of(BigDecimal.ZERO)
            : AmountInput.parse(openingBalance, locale);
    Map<String, String> errors = new LinkedHashMap<>();
    if (opening.isEmpty()) {
      errors.put("openingBalance", "error.amount-format");
    } else {
      try {
        wallets.create(user, new WalletDraft(name, currency, opening.get(), false));
        return "redirect:/wallets";
      } catch (ProblemException e) {
        errors = FormErrors.of(e, field -> field, "name");
      }
    }
    return page(user, model, name, currency, openingBalance, errors);
  }

  private String page(
      UserId user,
      Model model,
      String name,
      String currency,
      String openingBalance,
      Map<String, String> errors) {
    model.addAttribute(
        "wallets", wallets.list(user, PageRequest.of(PageRequest.MAX_LIMIT, null)).items());
    model.addAttribute("currencies", CURRENCIES);
    model.addAttribute("name", name);
    model.addAttribute("currency", currency);
    model.addAttribute("openingBalance", openingBalance);
    model.addAttribute("errors", errors);
    return "ui/wallets";
  }
}
