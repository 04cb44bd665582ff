package com.spendwise.ui;

import com.spendwise.category.CategoryId;
import com.spendwise.shared.ProblemException;
import com.spendwise.tag.TagId;
import com.spendwise.transaction.EntryDraft;
import com.spendwise.transaction.EntryType;
import com.spendwise.transaction.LedgerEntry;
import com.spendwise.wallet.WalletId;
import java.math.BigDecimal;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The add and edit form of a transaction as typed: amounts stay text until they are read in the
 * page's language. {@code key} is the idempotency key that makes a double click record one entry.
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
    String key) {

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
        UUID.randomUUID().toString());
  }

  /** An entry as its edit form shows it, amounts written the page's way (without grouping). */
  static TransactionForm of(LedgerEntry e, Locale locale) {
    boolean income = e.type() == EntryType.INCOME;
    WalletId wallet = income ? e.targetWalletId() : e.sourceWalletId();
    return new TransactionForm(
        e.type().name(),
        typed(e.amount(), locale),
        wallet.value().toString(),
        e.type() == EntryType.TRANSFER ? e.targetWalletId().value().toString() : "",
        e.targetAmount() == null ? "" : typed(e.targetAmount(), locale),
        e.categoryId() == null ? "" : e.categoryId().value().toString(),
        e.date().toString(),
        e.note() == null ? "" : e.note(),
        e.tagIds().stream().map(tag -> tag.value().toString()).toList(),
        "");
  }

  private static String typed(BigDecimal amount, Locale locale) {
    char separator =
        DecimalFormatSymbols.getInstance(MoneyFormat.formatting(locale)).getDecimalSeparator();
    return amount.toPlainString().replace('.', separator);
  }

  /**
   * The draft this form describes, or empty after adding to {@code errors} what it could not read.
   */
  Optional<EntryDraft> draft(Locale locale, Map<String, String> errors) {
    EntryType kind;
    try {
      kind = EntryType.valueOf(String.valueOf(type));
    } catch (IllegalArgumentException e) {
      errors.put("type", "error.required");
      return Optional.empty();
    }
    Optional<BigDecimal> parsed = AmountInput.parse(amount, locale);
    if (parsed.isEmpty()) {
      errors.put("amount", "error.amount-format");
    }
    BigDecimal arrived = null;
    if (kind == EntryType.TRANSFER && targetAmount != null && !targetAmount.isBlank()) {
      arrived = AmountInput.parse(targetAmount, locale).orElse(null);
      if (arrived == null) {
        errors.put("targetAmount", "error.amount-format");
      }
    }
    LocalDate day = null;
    try {
      day = LocalDate.parse(String.valueOf(date));
    } catch (DateTimeParseException e) {
      errors.put("date", "error.required");
    }
    WalletId wallet = walletId(walletId, "walletId", errors);
    WalletId target =
        kind == EntryType.TRANSFER ? walletId(targetWalletId, "targetWalletId", errors) : null;
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
            parsed.get(),
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

  private static WalletId walletId(String text, String field, Map<String, String> errors) {
    try {
      return new WalletId(UUID.fromString(String.valueOf(text)));
    } catch (IllegalArgumentException e) {
      errors.put(field, "error.choose-wallet");
      return null;
    }
  }
}
