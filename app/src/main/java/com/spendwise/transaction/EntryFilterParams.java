package com.spendwise.transaction;

import com.spendwise.category.CategoryId;
import com.spendwise.tag.TagId;
import com.spendwise.wallet.WalletId;
import io.swagger.v3.oas.annotations.Parameter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The transaction list's filters as query parameters name them. The list and the export read the
 * very same ones, so an export holds exactly what the list shows.
 */
public record EntryFilterParams(
    @Parameter(description = "First date included") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate from,
    @Parameter(description = "Last date included") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate to,
    @Parameter(description = "Money in or out of this wallet") UUID walletId,
    UUID categoryId,
    @Parameter(description = "Comma-separated tag ids") List<UUID> tagIds,
    @Parameter(description = "any (default): at least one of tagIds; all: every one")
        TagMode tagMode,
    EntryType type,
    BigDecimal minAmount,
    BigDecimal maxAmount,
    @Parameter(description = "Text inside the note, ignoring case") String q) {

  /** How a list matches several tags. */
  public enum TagMode {
    any,
    all
  }

  public EntryFilter toFilter() {
    return new EntryFilter(
        from,
        to,
        walletId == null ? null : new WalletId(walletId),
        categoryId == null ? null : new CategoryId(categoryId),
        tagIds == null ? null : tagIds.stream().map(TagId::new).toList(),
        tagMode == TagMode.all,
        type,
        minAmount,
        maxAmount,
        q);
  }
}
