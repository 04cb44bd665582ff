package com.spendwise.report.ui;

import com.spendwise.recurring.RecurringService;
import com.spendwise.recurring.UpcomingOccurrence;
import com.spendwise.report.CashFlowReport;
import com.spendwise.report.Forecast;
import com.spendwise.report.ForecastService;
import com.spendwise.report.ReportFilter;
import com.spendwise.report.ReportService;
import com.spendwise.shared.ui.DateInput;
import com.spendwise.shared.ui.PageController;
import com.spendwise.user.CurrentUser;
import com.spendwise.user.UserId;
import com.spendwise.user.UserService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * What is coming: every occurrence of the recurring rules in the next 30, 60 or 90 days with each
 * wallet's projected balance, and a month calendar of recorded money and coming occurrences.
 */
@PageController
class UpcomingPage {

  private final ForecastService forecasts;
  private final ReportService reports;
  private final RecurringService recurring;
  private final UserService users;
  private final Clock clock;

  UpcomingPage(
      ForecastService forecasts,
      ReportService reports,
      RecurringService recurring,
      UserService users,
      Clock clock) {
    this.forecasts = forecasts;
    this.reports = reports;
    this.recurring = recurring;
    this.users = users;
    this.clock = clock;
  }

  /** What a day recorded in one currency. */
  record Recorded(String currency, BigDecimal income, BigDecimal expense) {}

  /** A calendar cell: a day of the grid, what it recorded and what is coming on it. */
  record Cell(
      LocalDate date,
      boolean inMonth,
      boolean today,
      List<Recorded> recorded,
      List<UpcomingOccurrence> coming) {
    public boolean empty() {
      return recorded.isEmpty() && coming.isEmpty();
    }
  }

  @GetMapping("/upcoming")
  String upcoming(
      @CurrentUser UserId user,
      @RequestParam(defaultValue = "30") int days,
      @RequestParam(required = false) String month,
      Model model) {
    int horizon =
        Arrays.stream(ForecastService.HORIZONS).filter(h -> h == days).findFirst().orElse(30);
    Forecast forecast = forecasts.next(user, horizon);
    LocalDate today = forecast.today();
    YearMonth shown = DateInput.month(month).orElse(YearMonth.from(today));
    model.addAttribute("forecast", forecast);
    model.addAttribute("horizon", horizon);
    model.addAttribute("horizons", ForecastService.HORIZONS);
    model.addAttribute("shown", shown);
    model.addAttribute("previous", shown.minusMonths(1));
    model.addAttribute("next", shown.plusMonths(1));
    model.addAttribute("weeks", calendar(user, shown, today));
    return "report/upcoming";
  }

  private List<List<Cell>> calendar(UserId user, YearMonth month, LocalDate today) {
    LocalDate first = month.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    LocalDate last = month.atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
    Map<LocalDate, List<Recorded>> recorded = new HashMap<>();
    if (!month.atDay(1).isAfter(today)) {
      CashFlowReport flows =
          reports.cashFlow(
              user, month.atDay(1), month.atEndOfMonth(), "day", ReportFilter.NONE, null);
      for (CashFlowReport.Series series : flows.currencies()) {
        for (CashFlowReport.Point p : series.buckets()) {
          if (p.count() > 0) {
            recorded
                .computeIfAbsent(p.start(), d -> new ArrayList<>())
                .add(new Recorded(series.currency(), p.income(), p.expense()));
          }
        }
      }
    }
    Map<LocalDate, List<UpcomingOccurrence>> coming = new HashMap<>();
    if (!month.atEndOfMonth().isBefore(today)) {
      for (UpcomingOccurrence o : recurring.occurrences(user, month.atEndOfMonth())) {
        LocalDate day = o.date().isBefore(today) ? today : o.date();
        coming.computeIfAbsent(day, d -> new ArrayList<>()).add(o);
      }
    }
    List<List<Cell>> weeks = new ArrayList<>();
    for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
      if (d.getDayOfWeek() == DayOfWeek.MONDAY) {
        weeks.add(new ArrayList<>());
      }
      weeks
          .get(weeks.size() - 1)
          .add(
              new Cell(
                  d,
                  YearMonth.from(d).equals(month),
                  d.equals(today),
                  recorded.getOrDefault(d, List.of()),
                  coming.getOrDefault(d, List.of())));
    }
    return weeks;
  }
}
