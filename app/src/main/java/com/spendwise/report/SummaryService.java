package com.spendwise.report;

import com.spendwise.budget.BudgetService;
import com.spendwise.goal.GoalService;
import com.spendwise.notification.NotificationService;
import com.spendwise.recurring.RecurringService;
import com.spendwise.report.CashFlowReport.Point;
import com.spendwise.report.Summary.BudgetLine;
import com.spendwise.report.Summary.GoalLine;
import com.spendwise.report.Summary.MonthFigures;
import com.spendwise.report.Summary.TopCategories;
import com.spendwise.report.Summary.UpcomingLine;
import com.spendwise.shared.Money;
import com.spendwise.shared.ProblemException;
import com.spendwise.user.UserId;
import com.spendwise.user.UserService;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/** The dashboard's summary: one month's figures and where the plans stand. */
@Service
public class SummaryService {

  static final int TOP_CATEGORIES = 5;

  /** The summary lists the next seven days' occurrences, at least five, at most fifty. */
  static final int UPCOMING = 5;

  static final int UPCOMING_DAYS = 7;

  static final int UPCOMING_MOST = 50;

  private final ReportService reports;
  private final BudgetService budgets;
  private final GoalService goals;
  private final RecurringService recurring;
  private final NotificationService notifications;
  private final UserService users;
  private final Clock clock;

  SummaryService(
      ReportService reports,
      BudgetService budgets,
      GoalService goals,
      RecurringService recurring,
      NotificationService notifications,
      UserService users,
      Clock clock) {
    this.reports = reports;
    this.budgets = budgets;
    this.goals = goals;
    this.recurring = recurring;
    this.notifications = notifications;
    this.users = users;
    this.clock = clock;
  }

  /** {@code month} such as 2026-11; the user's current month when null. */
  @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
  public Summary summary(UserId user, String month) {
    LocalDate today = users.get(user).today(clock);
    YearMonth ym = month == null ? YearMonth.from(today) : parse(month);
    LocalDate from = ym.atDay(1);
    LocalDate to = ym.atEndOfMonth();
    CashFlowReport flows =
        reports.cashFlow(user, from.minusMonths(1), to, "month", ReportFilter.NONE, null);
    List<MonthFigures> figures =
        flows.currencies().stream()
            .map(
                s -> {
                  Point before = s.buckets().get(0);
                  Point now = s.buckets().get(1);
                  return new MonthFigures(
                      s.currency(),
                      now.income(),
                      now.expense(),
                      now.net(),
                      now.count(),
                      before.income(),
                      before.expense(),
                      before.net());
                })
            .toList();
    List<TopCategories> top =
        reports.categories(user, from, to, "EXPENSE", ReportFilter.NONE, null).currencies().stream()
            .map(
                s ->
                    new TopCategories(
                        s.currency(), s.categories().stream().limit(TOP_CATEGORIES).toList()))
            .toList();
    return new Summary(
        ym.toString(),
        from,
        to,
        figures,
        top,
        budgetLines(user, to),
        goalLines(user),
        upcoming(user, today),
        notifications.unreadCount(user));
  }

  private List<BudgetLine> budgetLines(UserId user, LocalDate day) {
    return budgets.onDay(user, day).stream()
        .map(
            s ->
                new BudgetLine(
                    s.budget().id().value(),
                    s.budget().categoryId() == null ? null : s.budget().categoryId().value(),
                    s.period(),
                    s.budget().currency(),
                    Money.normalize(s.budget().amount(), s.budget().currency()),
                    Money.normalize(s.spent(), s.budget().currency()),
                    Money.normalize(s.remaining(), s.budget().currency()),
                    s.percentUsed()))
        .toList();
  }

  private List<GoalLine> goalLines(UserId user) {
    return goals.all(user).stream()
        .map(
            g ->
                new GoalLine(
                    g.id().value(),
                    g.name(),
                    g.currency(),
                    Money.normalize(g.targetAmount(), g.currency()),
                    Money.normalize(g.currentAmount(), g.currency()),
                    g.progressPercent(),
                    g.reached(),
                    g.deadline()))
        .toList();
  }

  private List<UpcomingLine> upcoming(UserId user, LocalDate today) {
    return recurring
        .upcoming(user, UPCOMING, today.plusDays(UPCOMING_DAYS - 1L), UPCOMING_MOST)
        .stream()
        .map(
            o ->
                new UpcomingLine(
                    o.rule().id().value(),
                    o.date(),
                    o.rule().type().name(),
                    o.rule().amount(),
                    o.rule().note(),
                    o.rule().walletId() == null ? null : o.rule().walletId().value()))
        .toList();
  }

  private static YearMonth parse(String month) {
    try {
      if (month.strip().matches("\\d{4}-\\d{2}")) {
        return YearMonth.parse(month.strip());
      }
    } catch (DateTimeParseException e) {
      // Falls through to the client error below.
    }
    throw ProblemException.invalidField("month", "invalid", "Must be a month such as 2026-11.");
  }
}
