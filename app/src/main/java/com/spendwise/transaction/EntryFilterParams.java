package com.spendwise.transaction;

import com.spendwise.category.CategoryId;
import com.spendwise.tag.TagId;
import com.spendwise.wallet.WalletId;
import io.swagger.v3.oas.annotations.Parameter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.util.UriComponentsBuilder;

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
    @Parameter(description = "Text inside the note, ignoring case and accents") String q,
    @Parameter(description = "false: waiting in the review inbox; true: reviewed") Boolean reviewed,
    @Parameter(description = "Recorded by this member (a shared ledger's)") UUID createdBy) {

  /** How a list matches several tags. */
  public enum TagMode {
    any,
    all
  }

  /**
   * The filters a person left empty are no filters: a GET form sends every field, so blank text and
   * an empty tag choice mean "any".
   */
  public EntryFilterParams withoutBlanks() {
    return new EntryFilterParams(
        from,
        to,
        walletId,
        categoryId,
        tagIds == null || tagIds.stream().allMatch(Objects::isNull) ? null : tagIds,
        tagMode,
        type,
        minAmount,
        maxAmount,
        q == null || q.isBlank() ? null : q.strip(),
        reviewed,
        createdBy);
  }

  /** Whether any filter is set. */
  public boolean any() {
    return !query().isEmpty();
  }

  /** The filters that are set, as the query of a link to the list, its next page or its export. */
  public String query() {
    UriComponentsBuilder url = UriComponentsBuilder.newInstance();
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("from", from);
    params.put("to", to);
    params.put("walletId", walletId);
    params.put("categoryId", categoryId);
    params.put(
        "tagIds",
        tagIds == null || tagIds.isEmpty()
            ? null
            : String.join(",", tagIds.stream().map(String::valueOf).toList()));
    params.put("tagMode", tagMode);
    params.put("type", type);
    params.put("minAmount", minAmount == null ? null : minAmount.toPlainString());
    params.put("maxAmount", maxAmount == null ? null : maxAmount.toPlainString());
    params.put("q", q == null || q.isBlank() ? null : q);
    params.put("reviewed", reviewed);
    params.put("createdBy", createdBy);
    params.forEach(
        (name, value) -> {
          if (value != null) {
            url.queryParam(name, value);
          }
        });
    String query = url.encode().build().getQuery();
    return query == null ? "" : query;
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
        q,
        reviewed,
        createdBy);
  }
}
