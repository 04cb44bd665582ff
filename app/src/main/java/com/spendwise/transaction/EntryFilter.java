package com.spendwise.transaction;

import com.spendwise.category.CategoryId;
import com.spendwise.shared.FieldProblem;
import com.spendwise.tag.TagId;
import com.spendwise.wallet.WalletId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Filters of the transaction list; null means "any". {@code allTags} asks for transactions that
 * carry every tag in {@code tagIds} rather than at least one. {@code text} matches inside the note,
 * ignoring case and accents; {@code reviewed} false: waiting in the review inbox; {@code
 * createdBy}: recorded by this member of a shared ledger.
 */
public record EntryFilter(
    LocalDate from,
    LocalDate to,
    WalletId walletId,
    CategoryId categoryId,
    List<TagId> tagIds,
    boolean allTags,
    EntryType type,
    BigDecimal minAmount,
    BigDecimal maxAmount,
    String text,
    Boolean reviewed,
    UUID createdBy) {

  public static final int MAX_TEXT = 100;

  /** No filter: every entry. */
  public static EntryFilter none() {
    return new EntryFilter(null, null, null, null, null, false, null, null, null, null, null, null);
  }

  /** What is wrong with the filter's shape (ranges, lengths, counts): 400s, before any query. */
  public List<FieldProblem> problems() {
    List<FieldProblem> problems = new ArrayList<>();
    if (from != null && to != null && from.isAfter(to)) {
      problems.add(new FieldProblem("from", "invalid-range", "Must not be after 'to'."));
    }
    if (minAmount != null && maxAmount != null && minAmount.compareTo(maxAmount) > 0) {
      problems.add(
          new FieldProblem("minAmount", "invalid-range", "Must not be more than maxAmount."));
    }
    if (text != null && (text.isBlank() || text.length() > MAX_TEXT)) {
      problems.add(new FieldProblem("q", "size", "Must be 1 to " + MAX_TEXT + " characters."));
    }
    if (tagIds != null && tagIds.size() > EntryDraft.MAX_TAGS) {
      problems.add(new FieldProblem("tagIds", "size", "At most " + EntryDraft.MAX_TAGS + " tags."));
    }
    return problems;
  }
}
