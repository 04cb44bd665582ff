package com.spendwise.transaction;

import com.spendwise.category.CategoryId;
import com.spendwise.shared.FieldProblem;
import com.spendwise.tag.TagId;
import com.spendwise.wallet.WalletId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What a client sets on a transaction. {@code amount} is in the source wallet's currency (the
 * target's for income); {@code targetAmount} is what arrived when a transfer crosses currencies.
 */
public record EntryDraft(
    EntryType type,
    BigDecimal amount,
    WalletId sourceWalletId,
    WalletId targetWalletId,
    BigDecimal targetAmount,
    CategoryId categoryId,
    LocalDate date,
    String note,
    List<TagId> tagIds) {

  public static final int MAX_NOTE = 500;
  public static final int MAX_TAGS = 20;

  /** The one rule of notes, for transactions and the rules that make them. */
  public static Optional<FieldProblem> noteProblem(String field, String note) {
    if (note == null || note.length() <= MAX_NOTE) {
      return Optional.empty();
    }
    return Optional.of(
        new FieldProblem(field, "size", "Must be at most " + MAX_NOTE + " characters."));
  }
}
