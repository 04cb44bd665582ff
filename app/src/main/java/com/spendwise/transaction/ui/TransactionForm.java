package com.spendwise.transaction.ui;

import com.spendwise.category.CategoryId;
import com.spendwise.shared.ProblemException;
import com.spendwise.shared.ui.AmountInput;
import com.spendwise.shared.ui.FormErrors;
import com.spendwise.tag.TagId;
import com.spendwise.transaction.EntryDraft;
import com.spendwise.transaction.EntryType;
import com.spendwise.transaction.LedgerEntry;
import com.spendwise.wallet.WalletId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * The add and edit form of a transaction as typed: amounts stay text until they are read in the
 * page's language. {@code key} is the idempotency key that makes a double click record one entry;
 * {@code version} is the version an edit form was opened with, so that a change made meanwhile (in
 * another tab, by a phone) is refused rather than overwritten.
 */
record TransactionForm(
    String type,
    String amount,
    String walletId,
    String targetWalletId,
    String targetAmount,
    String categoryId,
    String date,
    String note,
    List<String> tagIds,
    String key,
    String version) {

  TransactionForm {
    tagIds = tagIds == null ? List.of() : List.copyOf(tagIds);
  }

  static TransactionForm empty(LocalDate today) {
    return new TransactionForm(
        "EXPENSE",
        "",
        "",
        "",
        "",
        "",
        today.toString(),
        "",
        List.of(),
        UUID.randomUUID().toString(),
        "");
  }

  /** An entry as its edit form shows it, amounts written the page's way (without grouping). */
  static TransactionForm of(LedgerEntry e, Locale locale) {
    boolean income = e.type() == EntryType.INCOME;
    WalletId wallet = income ? e.targetWalletId() : e.sourceWalletId();
    return new TransactionForm(
        e.type().name(),
        AmountInput.write(e.amount(), locale),
        wallet.value().toString(),
        e.type() == EntryType.TRANSFER ? e.targetWalletId().value().toString() : "",
        e.targetAmount() == null ? "" : AmountInput.write(e.targetAmount(), locale),
        e.categoryId() == null ? "" : e.categoryId().value().toString(),
        e.date().toString(),
        e.note() == null ? "" : e.note(),
        e.tagIds().stream().map(tag -> tag.value().toString()).toList(),
        "",
        Long.toString(e.version()));
  }

  /**
   * The draft this form describes, or empty after adding to {@code errors} what it could not read.
   * Amounts are read in the page's language and held to the decimals of their wallet's currency
   * ({@code currencyOf}, null for an unknown wallet) as typed; a refusal with arguments (the
   * thousands reading of "45.000") puts them in {@code args}.
   */
  Optional<EntryDraft> draft(
      Locale locale,
      Function<WalletId, String> currencyOf,
      Map<String, String> errors,
      Map<String, Object[]> args) {
    EntryType kind;
    try {
      kind = EntryType.valueOf(String.valueOf(type));
    } catch (IllegalArgumentException e) {
      errors.put("type", "error.required");
      return Optional.empty();
    }
    WalletId wallet = walletId(walletId, "walletId", errors);
    WalletId target =
        kind == EntryType.TRANSFER ? walletId(targetWalletId, "targetWalletId", errors) : null;
    BigDecimal parsed = amount("amount", amount, wallet, locale, currencyOf, errors, args);
    BigDecimal arrived = null;
    if (kind == EntryType.TRANSFER && targetAmount != null && !targetAmount.isBlank()) {
      arrived = amount("targetAmount", targetAmount, target, locale, currencyOf, errors, args);
    }
    LocalDate day = null;
    try {
      day = LocalDate.parse(String.valueOf(date));
    } catch (DateTimeParseException e) {
      errors.put("date", "error.required");
    }
    CategoryId category = null;
    if (categoryId != null && !categoryId.isBlank()) {
      try {
        category = new CategoryId(UUID.fromString(categoryId));
      } catch (IllegalArgumentException e) {
        errors.put("categoryId", "error.not-found");
      }
    }
    List<TagId> tags = new ArrayList<>();
    for (String tag : tagIds) {
      try {
        tags.add(new TagId(UUID.fromString(tag)));
      } catch (IllegalArgumentException e) {
        errors.put("tagIds", "error.not-found");
      }
    }
    if (!errors.isEmpty()) {
      return Optional.empty();
    }
    String text = note == null || note.isBlank() ? null : note.strip();
    return Optional.of(
        new EntryDraft(
            kind,
            parsed,
            kind == EntryType.INCOME ? null : wallet,
            kind == EntryType.INCOME ? wallet : target,
            arrived,
            category,
            day,
            text,
            tags));
  }

  /** Whether the form has {@code tag} ticked. */
  public boolean tagged(Object tag) {
    return tagIds.contains(String.valueOf(tag));
  }

  /** The ledger's problems, each under the form field that caused it. */
  Map<String, String> errorsOf(ProblemException e) {
    boolean income = "INCOME".equals(type);
    return FormErrors.of(
        e,
        field ->
            switch (field) {
              case "sourceWalletId" -> "walletId";
              case "targetWalletId" -> income ? "walletId" : "targetWalletId";
              default -> field;
            },
        "walletId");
  }

  private static BigDecimal amount(
      String field,
      String text,
      WalletId wallet,
      Locale locale,
      Function<WalletId, String> currencyOf,
      Map<String, String> errors,
      Map<String, Object[]> args) {
    String currency = wallet == null ? null : currencyOf.apply(wallet);
    return AmountInput.read(field, text, currency, locale, errors, args).orElse(null);
  }

  private static WalletId walletId(String text, String field, Map<String, String> errors) {
    try {
      return new WalletId(UUID.fromString(String.valueOf(text)));
    } catch (IllegalArgumentException e) {
      errors.put(field, "error.choose-wallet");
      return null;
    }
  }
}
