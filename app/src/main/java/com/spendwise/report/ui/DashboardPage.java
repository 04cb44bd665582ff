package com.spendwise.report.ui;

import com.spendwise.report.CashFlowReport;
import com.spendwise.report.ReportFilter;
import com.spendwise.report.ReportService;
import com.spendwise.shared.PageRequest;
import com.spendwise.shared.ui.PageController;
import com.spendwise.transaction.EntryFilter;
import com.spendwise.transaction.EntryLine;
import com.spendwise.transaction.LedgerService;
import com.spendwise.user.CurrentUser;
import com.spendwise.user.UserId;
import com.spendwise.user.UserService;
import com.spendwise.wallet.Wallet;
import com.spendwise.wallet.WalletService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The dashboard: where the money is, how this month goes, the latest transactions. */
@PageController
class DashboardPage {

  private final WalletService wallets;
  private final LedgerService ledger;
  private final ReportService reports;
  private final UserService users;
  private final Clock clock;

  DashboardPage(
      WalletService wallets,
      LedgerService ledger,
      ReportService reports,
      UserService users,
      Clock clock) {
    this.wallets = wallets;
    this.ledger = ledger;
    this.reports = reports;
    this.users = users;
    this.clock = clock;
  }

  @GetMapping("/")
  String dashboard(@CurrentUser UserId user, Model model) {
    List<Wallet> all = wallets.all(user);
    Map<String, BigDecimal> totals = new TreeMap<>();
    all.forEach(w -> totals.merge(w.currency(), w.balance(), BigDecimal::add));
    LocalDate today = users.get(user).today(clock);
    CashFlowReport month =
        reports.cashFlow(user, today.withDayOfMonth(1), today, "month", ReportFilter.NONE, null);
    model.addAttribute("wallets", all);
    model.addAttribute("totals", totals);
    model.addAttribute(
        "month",
        month.currencies().stream()
            .map(s -> new MonthLine(s.currency(), s.buckets().get(0)))
            .filter(line -> line.figures().count() > 0)
            .toList());
    model.addAttribute(
        "latest",
        EntryLine.of(
            ledger.list(user, EntryFilter.none(), PageRequest.of(10, null), false).items(), all));
    return "report/dashboard";
  }

  /** This month's figures in one currency. */
  record MonthLine(String currency, CashFlowReport.Point figures) {
    public BigDecimal income() {
      return figures.income();
    }

    public BigDecimal expense() {
      return figures.expense();
    }

    public BigDecimal net() {
      return figures.net();
    }
  }
}
