package com.spendwise.report.internal;

import com.spendwise.report.Bucket;
import com.spendwise.report.CashFlowReport;
import com.spendwise.report.CashFlowReport.Point;
import com.spendwise.report.CashFlowReport.Series;
import com.spendwise.report.Granularity;
import com.spendwise.report.internal.ReportRepository.FlowTotal;
import com.spendwise.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Builds a cash-flow report from bucket totals: every bucket of every currency, zeros included. */
public final class CashFlows {

  private CashFlows() {}

  private record Sums(BigDecimal income, BigDecimal expense, long count) {
    static final Sums ZERO = new Sums(BigDecimal.ZERO, BigDecimal.ZERO, 0);

    Sums plus(FlowTotal row) {
      boolean in = row.type().equals("INCOME");
      return new Sums(
          in ? income.add(row.amount()) : income,
          in ? expense : expense.add(row.amount()),
          count + row.entries());
    }

    boolean isZero() {
      return count == 0 && income.signum() == 0 && expense.signum() == 0;
    }
  }

  /**
   * @param currencies the currencies of the wallets in scope, shown even without entries
   * @param conversion null unless a converted series was asked for
   */
  public static CashFlowReport report(
      LocalDate from,
      LocalDate to,
      Granularity granularity,
      List<Bucket> buckets,
      List<String> currencies,
      List<FlowTotal> rows,
      Conversion conversion) {
    Map<String, Map<LocalDate, Sums>> sums = new TreeMap<>();
    currencies.forEach(c -> sums.put(c, new HashMap<>()));
    for (FlowTotal row : rows) {
      sums.computeIfAbsent(row.currency(), c -> new HashMap<>())
          .merge(row.bucket(), Sums.ZERO.plus(row), (a, b) -> a.plus(row));
    }
    List<Series> series = new ArrayList<>();
    sums.forEach(
        (currency, byBucket) -> {
          List<Point> points = new ArrayList<>();
          for (Bucket b : buckets) {
            Sums s = byBucket.getOrDefault(b.key(), Sums.ZERO);
            points.add(
                new Point(
                    b.start(),
                    b.end(),
                    Money.normalize(s.income(), currency),
                    Money.normalize(s.expense(), currency),
                    Money.normalize(s.income().subtract(s.expense()), currency),
                    s.count()));
          }
          series.add(new Series(currency, points));
        });
    if (conversion == null) {
      return new CashFlowReport(from, to, name(granularity), series, null, null);
    }
    List<String> unconverted = new ArrayList<>();
    List<String> convertible = new ArrayList<>();
    sums.forEach(
        (currency, byBucket) -> {
          boolean ok =
              buckets.stream()
                  .allMatch(
                      b ->
                          byBucket.getOrDefault(b.key(), Sums.ZERO).isZero()
                              || conversion.factor(currency, b.end()).isPresent());
          (ok ? convertible : unconverted).add(currency);
        });
    List<Point> points = new ArrayList<>();
    for (Bucket b : buckets) {
      BigDecimal income = BigDecimal.ZERO;
      BigDecimal expense = BigDecimal.ZERO;
      long count = 0;
      for (String currency : convertible) {
        Sums s = sums.get(currency).getOrDefault(b.key(), Sums.ZERO);
        income = income.add(conversion.convert(s.income(), currency, b.end()).orElseThrow());
        expense = expense.add(conversion.convert(s.expense(), currency, b.end()).orElseThrow());
        count += s.count();
      }
      points.add(
          new Point(
              b.start(),
              b.end(),
              conversion.rounded(income),
              conversion.rounded(expense),
              conversion.rounded(income.subtract(expense)),
              count));
    }
    return new CashFlowReport(
        from, to, name(granularity), series, new Series(conversion.target(), points), unconverted);
  }

  static String name(Granularity granularity) {
    return granularity.name().toLowerCase();
  }
}
