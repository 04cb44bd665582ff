package com.spendwise.report;

import com.spendwise.category.CategoryId;
import com.spendwise.tag.TagId;
import com.spendwise.wallet.WalletId;
import java.util.List;

/**
 * Which entries a report counts: those of any of {@code walletIds}, any of {@code categoryIds},
 * carrying any of {@code tagIds}; an empty list does not filter.
 */
public record ReportFilter(
    List<WalletId> walletIds, List<CategoryId> categoryIds, List<TagId> tagIds) {

  public static final ReportFilter NONE = new ReportFilter(List.of(), List.of(), List.of());

  public ReportFilter {
    walletIds = walletIds == null ? List.of() : List.copyOf(walletIds);
    categoryIds = categoryIds == null ? List.of() : List.copyOf(categoryIds);
    tagIds = tagIds == null ? List.of() : List.copyOf(tagIds);
  }
}
