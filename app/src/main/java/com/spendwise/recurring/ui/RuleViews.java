package com.spendwise.recurring.ui;

import com.spendwise.category.Category;
import com.spendwise.category.CategoryService;
import com.spendwise.notification.NotificationText;
import com.spendwise.recurring.RecurringRule;
import com.spendwise.recurring.RecurringService;
import com.spendwise.shared.ui.Collation;
import com.spendwise.shared.ui.MoneyFormat;
import com.spendwise.user.UserId;
import com.spendwise.wallet.Wallet;
import com.spendwise.wallet.WalletId;
import com.spendwise.wallet.WalletService;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What the recurring pages render: the list with the new-rule form, and one rule's page. */
@Component
class RuleViews {

  private final RecurringService rules;
  private final WalletService wallets;
  private final CategoryService categories;
  private final NotificationText texts;
  private final MoneyFormat money;

  RuleViews(
      RecurringService rules,
      WalletService wallets,
      CategoryService categories,
      NotificationText texts,
      MoneyFormat money) {
    this.rules = rules;
    this.wallets = wallets;
    this.categories = categories;
    this.texts = texts;
    this.money = money;
  }

  /** A rule as the list shows it: its wallet, category and, when paused by a failure, why. */
  record RuleRow(RecurringRule rule, Wallet wallet, Category category, String pausedBecause) {}

  String list(UserId user, RecurringForm form, Map<String, String> errors, Model model) {
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

  String edit(
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

  Function<WalletId, String> currencies(UserId user) {
    Map<WalletId, String> currency = new HashMap<>();
    wallets.all(user).forEach(w -> currency.put(w.id(), w.currency()));
    return currency::get;
  }

  String date(LocalDate date) {
    return money.date(date);
  }

  String nextText(RecurringRule rule) {
    return rule.active() ? money.date(rule.nextDate()) : "—";
  }
}
