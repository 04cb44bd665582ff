package com.spendwise.report.ui;

import com.spendwise.report.NetWorthReport;
import com.spendwise.report.ReportService;
import com.spendwise.shared.PageRequest;
import com.spendwise.shared.ui.PageController;
import com.spendwise.transaction.EntryFilterParams;
import com.spendwise.transaction.EntryLine;
import com.spendwise.transaction.LedgerService;
import com.spendwise.user.CurrentUser;
import com.spendwise.user.UserId;
import com.spendwise.user.UserService;
import com.spendwise.wallet.Wallet;
import com.spendwise.wallet.WalletId;
import com.spendwise.wallet.WalletService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A wallet's activity: its balance at the end of each of the last twelve months and its latest
 * transactions. A page of its own (linked from the wallet's page), which the wallet's page pulls in
 * with htmx when JavaScript runs.
 */
@PageController
class WalletActivityPage {

  static final int LATEST = 20;

  private final WalletService wallets;
  private final LedgerService ledger;
  private final ReportService reports;
  private final UserService users;
  private final MessageSource messages;
  private final Clock clock;

  WalletActivityPage(
      WalletService wallets,
      LedgerService ledger,
      ReportService reports,
      UserService users,
      MessageSource messages,
      Clock clock) {
    this.messages = messages;
    this.wallets = wallets;
    this.ledger = ledger;
    this.reports = reports;
    this.users = users;
    this.clock = clock;
  }

  @GetMapping("/wallets/{id}/activity")
  String activity(@CurrentUser UserId user, @PathVariable UUID id, Locale locale, Model model) {
    Wallet wallet = wallets.get(user, new WalletId(id));
    LocalDate today = users.get(user).today(clock);
    NetWorthReport worth =
        reports.netWorth(
            user,
            today.withDayOfMonth(1).minusMonths(11),
            today,
            "month",
            List.of(wallet.id()),
            false,
            null);
    List<NetWorthReport.Point> points =
        worth.currencies().stream()
            .filter(s -> s.currency().equals(wallet.currency()))
            .findFirst()
            .map(NetWorthReport.Series::buckets)
            .orElse(List.of());
    EntryFilterParams filter =
        new EntryFilterParams(
            null, null, wallet.id().value(), null, null, null, null, null, null, null, null, null);
    model.addAttribute("wallet", wallet);
    model.addAttribute("points", points);
    Map<String, Object> data = ChartData.start(locale, wallet.currency());
    data.put("worthMonths", points.stream().map(p -> ReportView.month(p.start(), locale)).toList());
    data.put("worth", points.stream().map(p -> p.balance().toPlainString()).toList());
    data.put("worthLabel", messages.getMessage("money.balance", null, locale));
    model.addAttribute("chartData", ChartData.write(data));
    model.addAttribute(
        "latest",
        EntryLine.of(
            ledger.list(user, filter.toFilter(), PageRequest.of(LATEST, null), false).items(),
            wallets.all(user)));
    model.addAttribute("allUrl", "/transactions?" + filter.query());
    return "report/wallet-activity";
  }
}
