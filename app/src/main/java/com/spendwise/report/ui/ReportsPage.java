package com.spendwise.report.ui;

import com.spendwise.category.Category;
import com.spendwise.category.CategoryId;
import com.spendwise.category.CategoryService;
import com.spendwise.category.CategoryType;
import com.spendwise.report.CashFlowReport;
import com.spendwise.report.CategoryReport;
import com.spendwise.report.NetWorthReport;
import com.spendwise.report.ReportFilter;
import com.spendwise.report.ReportService;
import com.spendwise.shared.ProblemException;
import com.spendwise.shared.ui.Choices;
import com.spendwise.shared.ui.Collation;
import com.spendwise.shared.ui.DateInput;
import com.spendwise.shared.ui.FormErrors;
import com.spendwise.shared.ui.PageController;
import com.spendwise.user.CurrentUser;
import com.spendwise.user.UserId;
import com.spendwise.user.UserService;
import com.spendwise.wallet.Wallet;
import com.spendwise.wallet.WalletId;
import com.spendwise.wallet.WalletService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The reports page: cash flow by month (bars, net as a line), spending by category beside the
 * period before, and net worth over time, each chart with its numbers in a table beneath it (what a
 * page without JavaScript shows). A date range, a wallet, a category, the currency shown and an
 * optional conversion filter them all.
 */
@PageController
class ReportsPage {

  private final ReportService reports;
  private final WalletService wallets;
  private final CategoryService categories;
  private final UserService users;
  private final MessageSource messages;
  private final Clock clock;

  ReportsPage(
      ReportService reports,
      WalletService wallets,
      CategoryService categories,
      UserService users,
      MessageSource messages,
      Clock clock) {
    this.messages = messages;
    this.reports = reports;
    this.wallets = wallets;
    this.categories = categories;
    this.users = users;
    this.clock = clock;
  }

  /** The filters as the form sends them; empty fields are no filter. */
  record ReportForm(
      String from,
      String to,
      String walletId,
      String categoryId,
      String currency,
      String convertTo) {
    boolean converting() {
      return convertTo != null && !convertTo.isBlank();
    }
  }

  @GetMapping("/reports")
  String reports(
      @CurrentUser UserId user,
      @ModelAttribute("form") ReportForm form,
      Locale locale,
      Model model) {
    LocalDate today = users.get(user).today(clock);
    List<Wallet> all = wallets.all(user);
    Set<String> currencies = new LinkedHashSet<>();
    all.forEach(w -> currencies.add(w.currency()));
    model.addAttribute("wallets", all);
    model.addAttribute(
        "categories", Collation.byName(categories.all(user, CategoryType.EXPENSE), Category::name));
    model.addAttribute("currencies", List.copyOf(currencies));
    model.addAttribute("allCurrencies", Choices.currencies());
    Map<String, String> errors = new LinkedHashMap<>();
    model.addAttribute("errors", errors);
    LocalDate to = DateInput.read("to", form.to(), errors).orElse(today);
    LocalDate from =
        DateInput.read("from", form.from(), errors).orElse(to.withDayOfMonth(1).minusMonths(11));
    ReportFilter filter = filter(form, errors);
    model.addAttribute("from", from);
    model.addAttribute("to", to);
    if (!errors.isEmpty()) {
      return "report/reports";
    }
    String convertTo = form.converting() ? form.convertTo().strip() : null;
    try {
      CashFlowReport flows = reports.cashFlow(user, from, to, "month", filter, convertTo);
      CategoryReport spending = reports.categories(user, from, to, "EXPENSE", filter, convertTo);
      NetWorthReport worth =
          reports.netWorth(user, from, to, "month", filter.walletIds(), false, convertTo);
      ReportView view =
          ReportView.of(
              flows,
              spending,
              worth,
              convertTo != null ? convertTo : chosen(form.currency(), currencies, user),
              convertTo != null);
      model.addAttribute("view", view);
      model.addAttribute(
          "chartData",
          view.json(
              locale,
              messages.getMessage("report.uncategorised", null, locale),
              messages.getMessage("money.balance", null, locale)));
    } catch (ProblemException e) {
      FormErrors.rethrowIfMissing(e);
      errors.putAll(FormErrors.of(e, field -> field, "from"));
    }
    return "report/reports";
  }

  private String chosen(String asked, Set<String> present, UserId user) {
    if (asked != null && present.contains(asked)) {
      return asked;
    }
    String preferred = users.get(user).defaultCurrency();
    return present.contains(preferred) || present.isEmpty() ? preferred : present.iterator().next();
  }

  private static ReportFilter filter(ReportForm form, Map<String, String> errors) {
    try {
      List<WalletId> walletIds =
          form.walletId() == null || form.walletId().isBlank()
              ? List.of()
              : List.of(new WalletId(UUID.fromString(form.walletId().strip())));
      List<CategoryId> categoryIds =
          form.categoryId() == null || form.categoryId().isBlank()
              ? List.of()
              : List.of(new CategoryId(UUID.fromString(form.categoryId().strip())));
      return new ReportFilter(walletIds, categoryIds, List.of());
    } catch (IllegalArgumentException e) {
      errors.put("walletId", "error.not-found");
      return ReportFilter.NONE;
    }
  }
}
