package com.spendwise.recurring.ui;

import com.spendwise.category.CategoryId;
import com.spendwise.recurring.Interval;
import com.spendwise.recurring.RecurringRule;
import com.spendwise.recurring.RuleDraft;
import com.spendwise.shared.ui.AmountInput;
import com.spendwise.shared.ui.DateInput;
import com.spendwise.transaction.EntryType;
import com.spendwise.wallet.WalletId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/** A recurring rule's form as typed. */
record RecurringForm(
    String type,
    String amount,
    String walletId,
    String categoryId,
    String note,
    String interval,
    String every,
    String startDate,
    String endDate,
    String version) {

  static RecurringForm empty(LocalDate today) {
    return new RecurringForm("EXPENSE", "", "", "", "", "MONTHLY", "1", today.toString(), "", "");
  }

  static RecurringForm of(RecurringRule r, Locale locale) {
    return new RecurringForm(
        r.type().name(),
        AmountInput.write(r.amount(), locale),
        r.walletId() == null ? "" : r.walletId().value().toString(),
        r.categoryId() == null ? "" : r.categoryId().value().toString(),
        r.note() == null ? "" : r.note(),
        r.schedule().interval().name(),
        Integer.toString(r.schedule().every()),
        r.schedule().start().toString(),
        r.schedule().end() == null ? "" : r.schedule().end().toString(),
        Long.toString(r.version()));
  }

  /** The rule as it is, to save again with only {@code active} changed (pause, resume). */
  static RuleDraft same(RecurringRule r, boolean active) {
    return new RuleDraft(
        r.type(),
        r.walletId(),
        r.categoryId(),
        r.amount(),
        r.note(),
        r.schedule().interval(),
        r.schedule().every(),
        r.schedule().start(),
        r.schedule().end(),
        active);
  }

  /**
   * The draft ({@code active} as given), or empty after putting in {@code errors} what could not be
   * read. The amount is held to the chosen wallet's currency ({@code currencyOf}).
   */
  Optional<RuleDraft> draft(
      boolean active,
      Locale locale,
      Function<WalletId, String> currencyOf,
      Map<String, String> errors,
      Map<String, Object[]> args) {
    EntryType kind = null;
    try {
      kind = EntryType.valueOf(String.valueOf(type));
    } catch (IllegalArgumentException e) {
      errors.put("type", "error.required");
    }
    WalletId wallet = id(walletId, "walletId", WalletId::new, errors);
    if (wallet == null && !errors.containsKey("walletId")) {
      errors.put("walletId", "error.choose-wallet");
    }
    CategoryId category = id(categoryId, "categoryId", CategoryId::new, errors);
    String currency = wallet == null ? null : currencyOf.apply(wallet);
    Optional<BigDecimal> typed = AmountInput.read("amount", amount, currency, locale, errors, args);
    Interval schedule = null;
    try {
      schedule = Interval.valueOf(String.valueOf(interval));
    } catch (IllegalArgumentException e) {
      errors.put("interval", "error.required");
    }
    Integer count = null;
    try {
      count = Integer.valueOf(String.valueOf(every).strip());
    } catch (NumberFormatException e) {
      errors.put("every", "error.out-of-range");
    }
    LocalDate start = DateInput.read("startDate", startDate, errors).orElse(null);
    LocalDate end = DateInput.read("endDate", endDate, errors).orElse(null);
    if (!errors.isEmpty()) {
      return Optional.empty();
    }
    String text = note == null || note.isBlank() ? null : note.strip();
    return Optional.of(
        new RuleDraft(
            kind, wallet, category, typed.get(), text, schedule, count, start, end, active));
  }

  private static <T> T id(
      String text, String field, Function<UUID, T> of, Map<String, String> errors) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return of.apply(UUID.fromString(text.strip()));
    } catch (IllegalArgumentException e) {
      errors.put(field, "error.not-found");
      return null;
    }
  }
}
