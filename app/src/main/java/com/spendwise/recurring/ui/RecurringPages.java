package com.spendwise.recurring.ui;

import com.spendwise.category.Category;
import com.spendwise.category.CategoryService;
import com.spendwise.notification.NotificationText;
import com.spendwise.recurring.RecurringId;
import com.spendwise.recurring.RecurringRule;
import com.spendwise.recurring.RecurringService;
import com.spendwise.recurring.RuleDraft;
import com.spendwise.shared.ProblemException;
import com.spendwise.shared.ui.Collation;
import com.spendwise.shared.ui.Feedback;
import com.spendwise.shared.ui.FormErrors;
import com.spendwise.shared.ui.Manage;
import com.spendwise.shared.ui.MoneyFormat;
import com.spendwise.shared.ui.PageController;
import com.spendwise.transaction.LedgerEntry;
import com.spendwise.user.CurrentUser;
import com.spendwise.user.UserId;
import com.spendwise.user.UserService;
import com.spendwise.wallet.Wallet;
import com.spendwise.wallet.WalletId;
import com.spendwise.wallet.WalletService;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The recurring transactions page (every rule with its next date, paused ones with why, and a form
 * for a new one) and one rule's page: change it, pause or resume it, record the next occurrence
 * now, skip it, delete the rule.
 */
@PageController
class RecurringPages {

  private final RecurringService rules;
  private final WalletService wallets;
  private final CategoryService categories;
  private final UserService users;
  private final NotificationText texts;
  private final MoneyFormat money;
  private final Clock clock;

  RecurringPages(
      RecurringService rules,
      WalletService wallets,
      CategoryService categories,
      UserService users,
      NotificationText texts,
      MoneyFormat money,
      Clock clock) {
    this.rules = rules;
    this.wallets = wallets;
    this.categories = categories;
    this.users = users;
    this.texts = texts;
    this.money = money;
    this.clock = clock;
  }

  /** A rule as the list shows it: its wallet, category and, when paused by a failure, why. */
  record RuleRow(RecurringRule rule, Wallet wallet, Category category, String pausedBecause) {}

  @GetMapping("/recurring")
  String list(@CurrentUser UserId user, Model model) {
    return page(user, RecurringForm.empty(users.get(user).today(clock)), Map.of(), model);
  }

  @PostMapping("/recurring")
  String create(
      @CurrentUser UserId user,
      @ModelAttribute RecurringForm form,
      Locale locale,
      Model model,
      RedirectAttributes redirect) {
    Map<String, String> errors = new LinkedHashMap<>();
    Map<String, Object[]> args = new HashMap<>();
    model.addAttribute("errorArgs", args);
    try {
      Optional<RuleDraft> draft = form.draft(true, locale, currencies(user), errors, args);
      if (draft.isPresent()) {
        RecurringRule created = rules.create(user, draft.get());
        Feedback.flash(redirect, "feedback.recurring.saved", nextText(created));
        return "redirect:/recurring";
      }
    } catch (ProblemException e) {
      errors = FormErrors.of(e, field -> field, "walletId");
    }
    return page(user, form, errors, model);
  }

  @GetMapping("/recurring/{id}")
  String edit(@CurrentUser UserId user, @PathVariable UUID id, Locale locale, Model model) {
    RecurringRule rule = rules.get(user, new RecurringId(id));
    return edit(user, rule, RecurringForm.of(rule, locale), Map.of(), locale, model);
  }

  @PostMapping("/recurring/{id}")
  String save(
      @CurrentUser UserId user,
      @PathVariable UUID id,
      @ModelAttribute RecurringForm form,
      Locale locale,
      Model model,
      RedirectAttributes redirect) {
    RecurringRule current = rules.get(user, new RecurringId(id));
    Map<String, String> errors = new LinkedHashMap<>();
    Map<String, Object[]> args = new HashMap<>();
    model.addAttribute("errorArgs", args);
    try {
      Optional<RuleDraft> draft =
          form.draft(current.active(), locale, currencies(user), errors, args);
      if (draft.isPresent()) {
        RecurringRule saved =
            rules.update(user, current.id(), draft.get(), Manage.version(form.version()));
        Feedback.flash(redirect, "feedback.recurring.saved", nextText(saved));
        return "redirect:/recurring";
      }
    } catch (ProblemException e) {
      if (Manage.stale(e)) {
        RecurringRule now = rules.get(user, current.id());
        return edit(
            user,
            now,
            RecurringForm.of(now, locale),
            Map.of("form", "error.changed-shown"),
            locale,
            model);
      }
      errors = Manage.errors(e, "form");
    }
    return edit(user, current, form, errors, locale, model);
  }

  /** Pause, resume or skip the next occurrence, from the version the page was opened with. */
  @PostMapping("/recurring/{id}/{action:pause|resume|skip}")
  String change(
      @CurrentUser UserId user,
      @PathVariable UUID id,
      @PathVariable String action,
      @RequestParam(defaultValue = "") String version,
      Locale locale,
      Model model,
      RedirectAttributes redirect) {
    Long expected = Manage.version(version);
    Function<RecurringRule, Supplier<RecurringRule>> change =
        switch (action) {
          case "pause" ->
              rule ->
                  () -> rules.update(user, rule.id(), RecurringForm.same(rule, false), expected);
          case "resume" ->
              rule -> () -> rules.update(user, rule.id(), RecurringForm.same(rule, true), expected);
          default -> rule -> () -> rules.skipNext(user, rule.id(), expected);
        };
    String done = action.equals("skip") ? "skipped" : action + "d";
    return act(user, id, "feedback.recurring." + done, locale, model, redirect, change);
  }

  @PostMapping("/recurring/{id}/run")
  String run(
      @CurrentUser UserId user,
      @PathVariable UUID id,
      Locale locale,
      Model model,
      RedirectAttributes redirect) {
    RecurringRule rule = rules.get(user, new RecurringId(id));
    try {
      LedgerEntry entry = rules.runNow(user, rule.id());
      Feedback.flash(
          redirect,
          "feedback.recurring.recorded",
          MoneyFormat.format(entry.amount(), currencies(user).apply(rule.walletId()), locale),
          money.date(entry.date()));
      return "redirect:/recurring/" + id;
    } catch (ProblemException e) {
      return edit(
          user, rule, RecurringForm.of(rule, locale), Manage.errors(e, "actions"), locale, model);
    }
  }

  @PostMapping("/recurring/{id}/delete")
  String delete(
      @CurrentUser UserId user,
      @PathVariable UUID id,
      @RequestParam(defaultValue = "") String version,
      Locale locale,
      Model model,
      RedirectAttributes redirect) {
    RecurringRule rule = rules.get(user, new RecurringId(id));
    try {
      rules.delete(user, rule.id(), Manage.version(version));
      Feedback.flash(redirect, "feedback.recurring.deleted");
      return "redirect:/recurring";
    } catch (ProblemException e) {
      return edit(
          user, rule, RecurringForm.of(rule, locale), Manage.errors(e, "delete"), locale, model);
    }
  }

  /** Pause, resume and skip: the action, then back to the rule with what happened. */
  private String act(
      UserId user,
      UUID id,
      String done,
      Locale locale,
      Model model,
      RedirectAttributes redirect,
      Function<RecurringRule, Supplier<RecurringRule>> action) {
    RecurringRule rule = rules.get(user, new RecurringId(id));
    try {
      RecurringRule after = action.apply(rule).get();
      Feedback.flash(redirect, done, nextText(after));
      return "redirect:/recurring/" + id;
    } catch (ProblemException e) {
      if (Manage.stale(e)) {
        RecurringRule now = rules.get(user, rule.id());
        return edit(
            user,
            now,
            RecurringForm.of(now, locale),
            Map.of("form", "error.changed-shown"),
            locale,
            model);
      }
      return edit(
          user, rule, RecurringForm.of(rule, locale), Manage.errors(e, "actions"), locale, model);
    }
  }

  private String page(UserId user, RecurringForm form, Map<String, String> errors, Model model) {
    Locale locale = LocaleContextHolder.getLocale();
    List<Wallet> all = wallets.all(user);
    Map<WalletId, Wallet> byId = new HashMap<>();
    all.forEach(w -> byId.put(w.id(), w));
    Map<Object, Category> named = new HashMap<>();
    List<Category> choices = Collation.byName(categories.all(user, null), Category::name);
    choices.forEach(c -> named.put(c.id(), c));
    model.addAttribute(
        "rows",
        rules.all(user).stream()
            .map(r -> row(r, r.walletId() == null ? null : byId.get(r.walletId()), named, locale))
            .toList());
    model.addAttribute("wallets", all.stream().filter(w -> !w.archived()).toList());
    model.addAttribute("categories", choices);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    return "recurring/rules";
  }

  private String edit(
      UserId user,
      RecurringRule rule,
      RecurringForm form,
      Map<String, String> errors,
      Locale locale,
      Model model) {
    List<Wallet> all = wallets.all(user);
    Wallet wallet =
        rule.walletId() == null
            ? null
            : all.stream().filter(w -> w.id().equals(rule.walletId())).findFirst().orElse(null);
    List<Category> choices = Collation.byName(categories.all(user, null), Category::name);
    Map<Object, Category> named = new HashMap<>();
    choices.forEach(c -> named.put(c.id(), c));
    model.addAttribute("row", row(rule, wallet, named, locale));
    model.addAttribute("wallets", all.stream().filter(w -> !w.archived() || w == wallet).toList());
    model.addAttribute("categories", choices);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    return "recurring/rule";
  }

  private RuleRow row(
      RecurringRule rule, Wallet wallet, Map<Object, Category> categories, Locale locale) {
    String because = null;
    if (!rule.active() && (rule.pausedReason() != null || rule.walletId() == null)) {
      String code = rule.walletId() == null ? "wallet-deleted" : rule.pausedReason();
      because = texts.reason(code, wallet == null ? "" : wallet.name(), locale);
    }
    return new RuleRow(
        rule,
        wallet,
        rule.categoryId() == null ? null : categories.get(rule.categoryId()),
        because);
  }

  private Function<WalletId, String> currencies(UserId user) {
    Map<WalletId, String> currency = new HashMap<>();
    wallets.all(user).forEach(w -> currency.put(w.id(), w.currency()));
    return currency::get;
  }

  private String nextText(RecurringRule rule) {
    return rule.active() ? money.date(rule.nextDate()) : "—";
  }
}
