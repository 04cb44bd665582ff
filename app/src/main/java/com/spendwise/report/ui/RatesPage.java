package com.spendwise.report.ui;

import com.spendwise.report.ExchangeRate;
import com.spendwise.report.ExchangeRateDraft;
import com.spendwise.report.ExchangeRateId;
import com.spendwise.report.ExchangeRateService;
import com.spendwise.shared.Page;
import com.spendwise.shared.PageRequest;
import com.spendwise.shared.ProblemException;
import com.spendwise.shared.ui.AmountInput;
import com.spendwise.shared.ui.Choices;
import com.spendwise.shared.ui.DateInput;
import com.spendwise.shared.ui.Feedback;
import com.spendwise.shared.ui.FormErrors;
import com.spendwise.shared.ui.Manage;
import com.spendwise.shared.ui.PageController;
import com.spendwise.user.CurrentUser;
import com.spendwise.user.UserId;
import com.spendwise.user.UserService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The exchange rates the reports convert with: list them, add one, delete one. */
@PageController
class RatesPage {

  static final int PAGE = 100;

  private final ExchangeRateService rates;
  private final UserService users;
  private final Clock clock;

  RatesPage(ExchangeRateService rates, UserService users, Clock clock) {
    this.rates = rates;
    this.users = users;
    this.clock = clock;
  }

  /** A new rate as typed: 1 base is worth rate quote from date on. */
  record RateForm(String base, String quote, String rate, String date) {}

  @GetMapping("/rates")
  String list(@CurrentUser UserId user, @RequestParam(required = false) String after, Model model) {
    String currency = users.get(user).defaultCurrency();
    RateForm empty =
        new RateForm(
            currency.equals("USD") ? "EUR" : "USD",
            currency,
            "",
            users.get(user).today(clock).toString());
    return page(user, after, empty, Map.of(), model);
  }

  @PostMapping("/rates")
  String create(
      @CurrentUser UserId user,
      @ModelAttribute RateForm form,
      Locale locale,
      Model model,
      RedirectAttributes redirect) {
    Map<String, String> errors = new LinkedHashMap<>();
    Optional<BigDecimal> rate = AmountInput.parse(form.rate(), locale);
    if (rate.isEmpty()) {
      errors.put("rate", "error.amount-format");
    }
    LocalDate date = DateInput.read("date", form.date(), errors).orElse(null);
    if (date == null && !errors.containsKey("date")) {
      errors.put("date", "error.required");
    }
    if (errors.isEmpty()) {
      try {
        ExchangeRate saved =
            rates.create(user, new ExchangeRateDraft(form.base(), form.quote(), rate.get(), date));
        Feedback.flash(
            redirect,
            "feedback.rate.saved",
            saved.base(),
            AmountInput.write(saved.rate().stripTrailingZeros(), locale) + " " + saved.quote());
        return "redirect:/rates";
      } catch (ProblemException e) {
        errors = FormErrors.of(e, field -> field, "rate");
      }
    }
    return page(user, null, form, errors, model);
  }

  @PostMapping("/rates/{id}/delete")
  String delete(
      @CurrentUser UserId user,
      @PathVariable UUID id,
      @RequestParam(defaultValue = "") String version,
      Model model,
      RedirectAttributes redirect) {
    try {
      rates.delete(user, new ExchangeRateId(id), Manage.version(version));
      Feedback.flash(redirect, "feedback.rate.deleted");
      return "redirect:/rates";
    } catch (ProblemException e) {
      RateForm empty = new RateForm("USD", "VND", "", "");
      return page(user, null, empty, Manage.errors(e, "form"), model);
    }
  }

  private String page(
      UserId user, String after, RateForm form, Map<String, String> errors, Model model) {
    Page<ExchangeRate> page = rates.list(user, PageRequest.of(PAGE, after));
    model.addAttribute("rates", page.items());
    model.addAttribute("next", page.nextCursor());
    model.addAttribute("currencies", Choices.currencies());
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    return "report/rates";
  }
}
