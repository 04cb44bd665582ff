package com.spendwise.report;

import com.spendwise.report.internal.CashFlows;
import com.spendwise.report.internal.CategoryTotals;
import com.spendwise.report.internal.Conversion;
import com.spendwise.report.internal.ExchangeRateRepository;
import com.spendwise.report.internal.NetWorths;
import com.spendwise.report.internal.ReportChecks;
import com.spendwise.report.internal.ReportRepository;
import com.spendwise.shared.Money;
import com.spendwise.user.UserId;
import com.spendwise.user.UserService;
import com.spendwise.wallet.WalletId;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reports over the ledger, read-only. Each report reads one snapshot (a REPEATABLE READ
 * transaction), so its figures agree with each other however many writes happen meanwhile.
 */
@Service
public class ReportService {

  private final ReportRepository reports;
  private final ExchangeRateRepository rates;
  private final ReportChecks checks;
  private final UserService users;
  private final Clock clock;

  ReportService(
      ReportRepository reports,
      ExchangeRateRepository rates,
      ReportChecks checks,
      UserService users,
      Clock clock) {
    this.reports = reports;
    this.rates = rates;
    this.checks = checks;
    this.users = users;
    this.clock = clock;
  }

  /**
   * The range a client asked for, with defaults: up to today in the user's time zone, from the
   * first day of today's month ({@code monthsBack} months earlier for a series).
   */
  private LocalDate[] range(UserId user, LocalDate from, LocalDate to, int monthsBack) {
    LocalDate end = to != null ? to : users.get(user).today(clock);
    LocalDate start = from != null ? from : end.withDayOfMonth(1).minusMonths(monthsBack);
    return new LocalDate[] {start, end};
  }

  /** Income, expense and net per bucket from {@code from} to {@code to}, per currency. */
  @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
  public CashFlowReport cashFlow(
      UserId user,
      LocalDate from,
      LocalDate to,
      String granularity,
      ReportFilter filter,
      String convertTo) {
    Granularity size = ReportChecks.granularity(granularity);
    LocalDate[] range = range(user, from, to, 11);
    return cashFlow(user, range[0], range[1], size, filter, convertTo);
  }

  private CashFlowReport cashFlow(
      UserId user,
      LocalDate from,
      LocalDate to,
      Granularity size,
      ReportFilter filter,
      String convertTo) {
    ReportChecks.checkRange(from, to, convertTo);
    checks.checkFilter(user, filter);
    List<Bucket> buckets = Bucket.between(from, to, size);
    return CashFlows.report(
        from,
        to,
        size,
        buckets,
        reports.currencies(user, filter.walletIds()),
        reports.flowsByBucket(user, from, to, size, filter),
        conversion(user, convertTo, to));
  }

  /**
   * Totals per category of {@code type} (EXPENSE or INCOME), with the previous range of equal
   * length (the days just before {@code from}).
   */
  @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
  public CategoryReport categories(
      UserId user,
      LocalDate from,
      LocalDate to,
      String type,
      ReportFilter filter,
      String convertTo) {
    String kind = CategoryTotals.type(type);
    LocalDate[] range = range(user, from, to, 0);
    return categoriesIn(user, range[0], range[1], kind, filter, convertTo);
  }

  private CategoryReport categoriesIn(
      UserId user,
      LocalDate from,
      LocalDate to,
      String kind,
      ReportFilter filter,
      String convertTo) {
    ReportChecks.checkRange(from, to, convertTo);
    checks.checkFilter(user, filter);
    long days = ChronoUnit.DAYS.between(from, to) + 1;
    LocalDate previousFrom = from.minusDays(days);
    return CategoryTotals.report(
        from,
        to,
        previousFrom,
        kind,
        reports.categoryTotals(user, kind, previousFrom, from, to, filter),
        conversion(user, convertTo, to));
  }

  /** Income and expense per tag and currency. */
  @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
  public TagReport tags(UserId user, LocalDate start, LocalDate end, ReportFilter filter) {
    LocalDate[] range = range(user, start, end, 0);
    LocalDate from = range[0];
    LocalDate to = range[1];
    ReportChecks.checkRange(from, to, null);
    checks.checkFilter(user, filter);
    List<TagReport.Line> lines =
        reports.tagTotals(user, from, to, filter).stream()
            .map(
                t ->
                    new TagReport.Line(
                        t.tag(),
                        t.name(),
                        t.currency(),
                        Money.normalize(t.income(), t.currency()),
                        Money.normalize(t.expense(), t.currency()),
                        t.entries()))
            .toList();
    return new TagReport(from, to, lines);
  }

  /** Balances at the end of each bucket, per currency and, on request, per wallet. */
  @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
  public NetWorthReport netWorth(
      UserId user,
      LocalDate start,
      LocalDate end,
      String granularity,
      List<WalletId> wallets,
      boolean byWallet,
      String convertTo) {
    Granularity size = ReportChecks.granularity(granularity);
    LocalDate[] range = range(user, start, end, 11);
    LocalDate from = range[0];
    LocalDate to = range[1];
    ReportChecks.checkRange(from, to, convertTo);
    checks.checkFilter(user, new ReportFilter(wallets, List.of(), List.of()));
    return NetWorths.report(
        from,
        to,
        size,
        Bucket.between(from, to, size),
        reports.walletMovements(user, from, to, size, wallets == null ? List.of() : wallets),
        byWallet,
        conversion(user, convertTo, to));
  }

  private Conversion conversion(UserId user, String convertTo, LocalDate until) {
    return convertTo == null
        ? null
        : new Conversion(convertTo, rates.involving(user, convertTo, until));
  }
}
