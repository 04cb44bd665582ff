package com.spendwise.transaction;

import com.spendwise.category.CategoryId;
import com.spendwise.tag.TagId;
import com.spendwise.wallet.WalletId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Filters of the transaction list; null means "any". {@code allTags} asks for transactions that
 * carry every tag in {@code tagIds} rather than at least one. {@code text} matches inside the note.
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
    String text) {

  public static final int MAX_TEXT = 100;
}
