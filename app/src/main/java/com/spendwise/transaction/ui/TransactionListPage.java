package com.spendwise.transaction.ui;

import com.spendwise.category.Category;
import com.spendwise.category.CategoryId;
import com.spendwise.category.CategoryService;
import com.spendwise.shared.Page;
import com.spendwise.shared.PageRequest;
import com.spendwise.shared.ProblemException;
import com.spendwise.shared.ui.Collation;
import com.spendwise.shared.ui.FormErrors;
import com.spendwise.shared.ui.PageController;
import com.spendwise.tag.TagId;
import com.spendwise.tag.TagService;
import com.spendwise.tag.TagView;
import com.spendwise.transaction.EntryFilterParams;
import com.spendwise.transaction.EntryLine;
import com.spendwise.transaction.EntrySums;
import com.spendwise.transaction.LedgerEntry;
import com.spendwise.transaction.LedgerService;
import com.spendwise.transaction.ListTotals;
import com.spendwise.user.CurrentUser;
import com.spendwise.user.UserId;
import com.spendwise.wallet.Wallet;
import com.spendwise.wallet.WalletService;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The transactions list: newest first, grouped by day with each day's total, a filtered list's
 * count and totals per currency, and "load more" over the keyset cursor (htmx appends the next
 * page; without it, it opens).
 */
@PageController
class TransactionListPage {

  private final LedgerService ledger;
  private final WalletService wallets;
  private final CategoryService categories;
  private final TagService tags;

  TransactionListPage(
      LedgerService ledger, WalletService wallets, CategoryService categories, TagService tags) {
    this.ledger = ledger;
    this.wallets = wallets;
    this.categories = categories;
    this.tags = tags;
  }

  @GetMapping("/transactions")
  String list(
      @CurrentUser UserId user,
      @ModelAttribute("filters") EntryFilterParams typed,
      BindingResult unreadable,
      @RequestParam(required = false) String cursor,
      Model model) {
    List<Wallet> all = wallets.all(user);
    // The API's filter parameters: one binding for the list, its pages and its export.
    EntryFilterParams filter = typed.withoutBlanks();
    Map<String, String> errors = new LinkedHashMap<>();
    unreadable.getFieldErrors().forEach(e -> errors.putIfAbsent(e.getField(), "error.invalid"));
    Page<LedgerEntry> page = Page.of(List.of(), 1, e -> null);
    if (errors.isEmpty()) {
      try {
        page =
            ledger.list(
                user, filter.toFilter(), PageRequest.of(PageRequest.DEFAULT_LIMIT, cursor), false);
      } catch (ProblemException e) {
        FormErrors.rethrowIfMissing(e);
        errors.putAll(FormErrors.of(e, field -> field, "q"));
      }
    }
    List<Category> categoryList = Collation.byName(categories.all(user, null), Category::name);
    List<TagView> tagList = Collation.byName(tags.all(user), TagView::name);
    Map<CategoryId, String> categoryNames = new HashMap<>();
    categoryList.forEach(c -> categoryNames.put(c.id(), c.name()));
    Map<TagId, String> tagNames = new HashMap<>();
    tagList.forEach(t -> tagNames.put(t.id(), t.name()));
    model.addAttribute("rows", EntryLine.of(page.items(), all, categoryNames, tagNames));
    // Each day of the page with its total (over the whole day, not just the rows on this page),
    // and a filtered list's count and totals per currency.
    List<LocalDate> days = page.items().stream().map(LedgerEntry::date).distinct().toList();
    Map<LocalDate, List<ListTotals>> dayTotals = new HashMap<>();
    if (!days.isEmpty()) {
      Map<LocalDate, List<EntrySums>> byDay = new HashMap<>();
      ledger
          .sums(user, filter.toFilter(), days)
          .forEach(sum -> byDay.computeIfAbsent(sum.day(), d -> new ArrayList<>()).add(sum));
      byDay.forEach((day, sums) -> dayTotals.put(day, ListTotals.of(sums, all)));
    }
    model.addAttribute("dayTotals", dayTotals);
    List<ListTotals> totals =
        filter.any() && errors.isEmpty() && cursor == null
            ? ListTotals.of(ledger.sums(user, filter.toFilter(), null), all)
            : List.of();
    model.addAttribute("totals", totals);
    model.addAttribute("matching", totals.stream().mapToLong(ListTotals::entries).sum());
    model.addAttribute("nextCursor", page.nextCursor());
    model.addAttribute("errors", errors);
    model.addAttribute("wallets", all);
    model.addAttribute("categories", categoryList);
    model.addAttribute("tags", tagList);
    model.addAttribute("filter", filter);
    String query = filter.query();
    model.addAttribute("exportUrl", "/transactions/export" + (query.isEmpty() ? "" : "?" + query));
    model.addAttribute(
        "nextUrl",
        page.nextCursor() == null
            ? null
            : UriComponentsBuilder.fromPath("/transactions")
                .query(query)
                .queryParam("cursor", page.nextCursor())
                .build()
                .toUriString());
    return "transaction/transactions";
  }
}
