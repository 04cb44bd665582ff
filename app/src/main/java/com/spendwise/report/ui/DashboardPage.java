package com.spendwise.report.ui;

import com.spendwise.budget.BudgetStatus;
import com.spendwise.category.Category;
import com.spendwise.category.CategoryService;
import com.spendwise.category.CategoryType;
import com.spendwise.report.Summary;
import com.spendwise.report.SummaryService;
import com.spendwise.shared.PageRequest;
import com.spendwise.shared.ui.PageController;
import com.spendwise.transaction.EntryFilter;
import com.spendwise.transaction.EntryLine;
import com.spendwise.transaction.EntryRevisions;
import com.spendwise.transaction.LedgerService;
import com.spendwise.user.CurrentUser;
import com.spendwise.user.UserId;
import com.spendwise.user.UserService;
import com.spendwise.wallet.Wallet;
import com.spendwise.wallet.WalletService;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The dashboard: where the money is, this month against the last, where it went, how the budgets
 * and goals stand, what the next seven days bring, and the latest transactions. The plans come in
 * one call to the summary service, not one per widget.
 */
@PageController
class DashboardPage {

  private final WalletService wallets;
  private final LedgerService ledger;
  private final SummaryService summaries;
  private final CategoryService categories;
  private final UserService users;
  private final MessageSource messages;
  private final EntryRevisions revisions;

  DashboardPage(
      WalletService wallets,
      LedgerService ledger,
      SummaryService summaries,
      CategoryService categories,
      UserService users,
      MessageSource messages,
      EntryRevisions revisions) {
    this.wallets = wallets;
    this.ledger = ledger;
    this.summaries = summaries;
    this.categories = categories;
    this.users = users;
    this.messages = messages;
    this.revisions = revisions;
  }

  /** A budget line with its category's name (null for all expenses). */
  record BudgetRow(Summary.BudgetLine line, String category, BudgetStatus.Level level) {}

  /** A coming occurrence with its wallet (null when the rule has none). */
  record Coming(Summary.UpcomingLine line, Wallet wallet) {}

  @GetMapping("/")
  String dashboard(@CurrentUser UserId user, Locale locale, Model model) {
    List<Wallet> all = wallets.all(user);
    Summary summary = summaries.summary(user, null);
    String preferred = users.get(user).defaultCurrency();
    Map<String, BigDecimal> totals = new TreeMap<>();
    all.forEach(w -> totals.merge(w.currency(), w.balance(), BigDecimal::add));
    Map<UUID, Wallet> byId = new HashMap<>();
    all.forEach(w -> byId.put(w.id().value(), w));
    model.addAttribute("wallets", all);
    model.addAttribute("toReview", revisions.waiting(user));
    model.addAttribute("totals", totals);
    model.addAttribute("summary", summary);
    model.addAttribute("month", preferredFirst(summary.currencies(), preferred));
    model.addAttribute("budgets", budgets(user, summary));
    model.addAttribute(
        "coming",
        summary.upcoming().stream()
            .map(u -> new Coming(u, u.walletId() == null ? null : byId.get(u.walletId())))
            .toList());
    Summary.TopCategories top =
        summary.topExpenseCategories().stream()
            .filter(t -> t.currency().equals(preferred))
            .findFirst()
            .orElse(
                summary.topExpenseCategories().isEmpty()
                    ? null
                    : summary.topExpenseCategories().get(0));
    model.addAttribute("top", top);
    if (top != null) {
      Map<String, Object> data = ChartData.start(locale, top.currency());
      ChartData.categories(
          data, top.categories(), messages.getMessage("report.uncategorised", null, locale));
      model.addAttribute("chartData", ChartData.write(data));
    }
    model.addAttribute("unread", summary.unreadNotifications());
    model.addAttribute(
        "latest",
        EntryLine.of(
            ledger.list(user, EntryFilter.none(), PageRequest.of(10, null), false).items(), all));
    return "report/dashboard";
  }

  private List<BudgetRow> budgets(UserId user, Summary summary) {
    if (summary.budgets().isEmpty()) {
      return List.of();
    }
    Map<UUID, String> names = new HashMap<>();
    for (Category c : categories.all(user, CategoryType.EXPENSE)) {
      names.put(c.id().value(), c.name());
    }
    List<BudgetRow> rows = new ArrayList<>();
    for (Summary.BudgetLine line : summary.budgets()) {
      rows.add(
          new BudgetRow(
              line,
              line.categoryId() == null ? null : names.get(line.categoryId()),
              BudgetStatus.Level.of(line.percentUsed())));
    }
    return rows;
  }

  /** This month's figures, the person's default currency first, then by currency code. */
  private static List<Summary.MonthFigures> preferredFirst(
      List<Summary.MonthFigures> figures, String preferred) {
    Map<String, Summary.MonthFigures> byCurrency = new LinkedHashMap<>();
    figures.stream()
        .filter(
            f ->
                f.count() > 0
                    || f.previousIncome().signum() != 0
                    || f.previousExpense().signum() != 0)
        .sorted(
            Comparator.comparing((Summary.MonthFigures f) -> !f.currency().equals(preferred))
                .thenComparing(Summary.MonthFigures::currency))
        .forEach(f -> byCurrency.put(f.currency(), f));
    return List.copyOf(byCurrency.values());
  }
}
