package com.spendwise.transaction.ui;

import com.spendwise.category.CategoryId;
import com.spendwise.tag.TagId;
import com.spendwise.transaction.EntryFilter;
import com.spendwise.transaction.EntryType;
import com.spendwise.wallet.WalletId;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The transactions list's filters as a GET form sends them (so they work without JavaScript and
 * stay in the address): dates, a wallet, a category, a tag, a type and text in the note.
 */
record ListFilter(
    String from,
    String to,
    String walletId,
    String categoryId,
    String tagId,
    String type,
    String q) {

  public boolean any() {
    return !blank(from)
        || !blank(to)
        || !blank(walletId)
        || !blank(categoryId)
        || !blank(tagId)
        || !blank(type)
        || !blank(q);
  }

  /**
   * The export of the list as filtered: the API's filter parameters ({@code EntryFilterParams}),
   * those that are set.
   */
  public String exportUrl() {
    UriComponentsBuilder url = UriComponentsBuilder.fromPath("/transactions/export");
    Map<String, String> params = new LinkedHashMap<>();
    params.put("from", from);
    params.put("to", to);
    params.put("walletId", walletId);
    params.put("categoryId", categoryId);
    params.put("tagIds", tagId);
    params.put("type", type);
    params.put("q", q);
    params.forEach(
        (name, value) -> {
          if (!blank(value)) {
            url.queryParam(name, value.strip());
          }
        });
    return url.encode().build().toUriString();
  }

  /** The ledger's filter, or empty after adding to {@code errors} what could not be read. */
  Optional<EntryFilter> toFilter(Map<String, String> errors) {
    LocalDate start = date(from, "from", errors);
    LocalDate end = date(to, "to", errors);
    WalletId wallet =
        blank(walletId) ? null : id(walletId, "walletId", errors).map(WalletId::new).orElse(null);
    CategoryId category =
        blank(categoryId)
            ? null
            : id(categoryId, "categoryId", errors).map(CategoryId::new).orElse(null);
    List<TagId> tags =
        blank(tagId) ? null : id(tagId, "tagId", errors).map(TagId::new).map(List::of).orElse(null);
    EntryType kind = null;
    if (!blank(type)) {
      try {
        kind = EntryType.valueOf(type);
      } catch (IllegalArgumentException e) {
        errors.put("type", "error.invalid");
      }
    }
    if (!errors.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new EntryFilter(
            start,
            end,
            wallet,
            category,
            tags,
            false,
            kind,
            null,
            null,
            blank(q) ? null : q.strip()));
  }

  private static LocalDate date(String text, String field, Map<String, String> errors) {
    if (blank(text)) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      errors.put(field, "error.invalid");
      return null;
    }
  }

  private static Optional<UUID> id(String text, String field, Map<String, String> errors) {
    try {
      return Optional.of(UUID.fromString(text));
    } catch (IllegalArgumentException e) {
      errors.put(field, "error.not-found");
      return Optional.empty();
    }
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
