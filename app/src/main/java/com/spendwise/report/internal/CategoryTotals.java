package com.spendwise.report.internal;

import com.spendwise.report.CategoryReport;
import com.spendwise.report.CategoryReport.Line;
import com.spendwise.report.CategoryReport.Section;
import com.spendwise.report.internal.ReportRepository.CategoryTotal;
import com.spendwise.shared.Money;
import com.spendwise.shared.ProblemException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;

/** Builds a category report: one line per category, biggest first, with the previous range. */
public final class CategoryTotals {

  /** The name of the line of entries without a category. */
  public static final String UNCATEGORISED = "Uncategorised";

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private CategoryTotals() {}

  /** EXPENSE (the default) or INCOME; anything else is a 400. */
  public static String type(String text) {
    if (text == null || text.strip().equalsIgnoreCase("EXPENSE")) {
      return "EXPENSE";
    }
    if (text.strip().equalsIgnoreCase("INCOME")) {
      return "INCOME";
    }
    throw ProblemException.invalidField("type", "invalid", "Must be EXPENSE or INCOME.");
  }

  /** One category's figures in the current and the previous range, in some currency. */
  private record Figures(
      UUID category,
      String name,
      BigDecimal total,
      long count,
      BigDecimal previousTotal,
      long previousCount) {

    Figures plus(CategoryTotal row) {
      return row.current()
          ? new Figures(
              category,
              name,
              total.add(row.amount()),
              count + row.entries(),
              previousTotal,
              previousCount)
          : new Figures(
              category,
              name,
              total,
              count,
              previousTotal.add(row.amount()),
              previousCount + row.entries());
    }

    Figures converted(Function<BigDecimal, BigDecimal> now, Function<BigDecimal, BigDecimal> then) {
      return new Figures(
          category, name, now.apply(total), count, then.apply(previousTotal), previousCount);
    }
  }

  public static CategoryReport report(
      LocalDate from,
      LocalDate to,
      LocalDate previousFrom,
      String type,
      List<CategoryTotal> rows,
      Conversion conversion) {
    Map<String, Map<UUID, Figures>> byCurrency = new TreeMap<>();
    for (CategoryTotal row : rows) {
      byCurrency
          .computeIfAbsent(row.currency(), c -> new LinkedHashMap<>())
          .compute(
              row.category(),
              (id, f) ->
                  (f == null
                          ? new Figures(
                              id,
                              id == null ? UNCATEGORISED : row.name(),
                              BigDecimal.ZERO,
                              0,
                              BigDecimal.ZERO,
                              0)
                          : f)
                      .plus(row));
    }
    List<Section> sections = new ArrayList<>();
    byCurrency.forEach(
        (currency, figures) ->
            sections.add(section(currency, figures.values(), a -> Money.normalize(a, currency))));
    LocalDate previousTo = from.minusDays(1);
    if (conversion == null) {
      return new CategoryReport(from, to, previousFrom, previousTo, type, sections, null, null);
    }
    List<String> unconverted = new ArrayList<>();
    Map<UUID, Figures> merged = new LinkedHashMap<>();
    byCurrency.forEach(
        (currency, figures) -> {
          boolean ok =
              figures.values().stream()
                  .allMatch(
                      f ->
                          conversion.convert(f.total(), currency, to).isPresent()
                              && conversion
                                  .convert(f.previousTotal(), currency, previousTo)
                                  .isPresent());
          if (!ok) {
            unconverted.add(currency);
            return;
          }
          for (Figures f : figures.values()) {
            Figures c =
                f.converted(
                    a -> conversion.convert(a, currency, to).orElseThrow(),
                    a -> conversion.convert(a, currency, previousTo).orElseThrow());
            merged.merge(
                f.category(),
                c,
                (a, b) ->
                    new Figures(
                        a.category(),
                        a.name(),
                        a.total().add(b.total()),
                        a.count() + b.count(),
                        a.previousTotal().add(b.previousTotal()),
                        a.previousCount() + b.previousCount()));
          }
        });
    Section converted = section(conversion.target(), merged.values(), conversion::rounded);
    return new CategoryReport(
        from, to, previousFrom, previousTo, type, sections, converted, unconverted);
  }

  private static Section section(
      String currency, Collection<Figures> figures, Function<BigDecimal, BigDecimal> text) {
    BigDecimal total = BigDecimal.ZERO;
    BigDecimal previousTotal = BigDecimal.ZERO;
    long count = 0;
    for (Figures f : figures) {
      total = total.add(f.total());
      previousTotal = previousTotal.add(f.previousTotal());
      count += f.count();
    }
    BigDecimal whole = total;
    List<Line> lines =
        figures.stream()
            .sorted(
                Comparator.comparing(Figures::total)
                    .reversed()
                    .thenComparing(f -> Objects.toString(f.name(), ""))
                    .thenComparing(f -> Objects.toString(f.category(), "")))
            .map(
                f ->
                    new Line(
                        f.category(),
                        f.name(),
                        text.apply(f.total()),
                        percent(f.total(), whole),
                        f.count(),
                        text.apply(f.previousTotal()),
                        f.previousCount(),
                        text.apply(f.total().subtract(f.previousTotal())),
                        percent(f.total().subtract(f.previousTotal()), f.previousTotal())))
            .toList();
    return new Section(currency, text.apply(total), count, text.apply(previousTotal), lines);
  }

  /** {@code part} in percent of {@code whole}, one decimal (half up); null when whole is zero. */
  private static BigDecimal percent(BigDecimal part, BigDecimal whole) {
    return whole.signum() == 0
        ? null
        : part.multiply(HUNDRED).divide(whole, 1, RoundingMode.HALF_UP);
  }
}
