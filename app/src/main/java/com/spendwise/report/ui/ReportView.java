package com.spendwise.report.ui;

import com.spendwise.report.CashFlowReport;
import com.spendwise.report.CategoryReport;
import com.spendwise.report.NetWorthReport;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The three reports in the one currency shown (or converted into): what the tables list and what
 * the charts draw. The charts get the same figures as a JSON data block, never as script.
 */
record ReportView(
    String currency,
    boolean converted,
    List<String> unconverted,
    List<CashFlowReport.Point> flows,
    CategoryReport.Section spending,
    LocalDate previousFrom,
    LocalDate previousTo,
    List<NetWorthReport.Point> worth) {

  static ReportView of(
      CashFlowReport flows,
      CategoryReport spending,
      NetWorthReport worth,
      String currency,
      boolean converted) {
    List<CashFlowReport.Point> flowPoints =
        converted
            ? pointsOrEmpty(flows.converted())
            : flows.currencies().stream()
                .filter(s -> s.currency().equals(currency))
                .findFirst()
                .map(CashFlowReport.Series::buckets)
                .orElse(List.of());
    CategoryReport.Section section =
        converted
            ? spending.converted()
            : spending.currencies().stream()
                .filter(s -> s.currency().equals(currency))
                .findFirst()
                .orElse(null);
    List<NetWorthReport.Point> worthPoints =
        converted
            ? (worth.converted() == null ? List.of() : worth.converted().buckets())
            : worth.currencies().stream()
                .filter(s -> s.currency().equals(currency))
                .findFirst()
                .map(NetWorthReport.Series::buckets)
                .orElse(List.of());
    List<String> unconverted =
        converted
            ? Stream.of(flows.unconverted(), spending.unconverted(), worth.unconverted())
                .flatMap(List::stream)
                .distinct()
                .toList()
            : List.of();
    return new ReportView(
        currency,
        converted,
        unconverted,
        flowPoints,
        section,
        spending.previousFrom(),
        spending.previousTo(),
        worthPoints);
  }

  private static List<CashFlowReport.Point> pointsOrEmpty(CashFlowReport.Series series) {
    return series == null ? List.of() : series.buckets();
  }

  public boolean hasFlows() {
    return flows.stream().anyMatch(p -> p.count() > 0);
  }

  public boolean hasSpending() {
    return spending != null && !spending.categories().isEmpty();
  }

  /** Totals of the range, for the cash flow table's foot. */
  public BigDecimal income() {
    return flows.stream()
        .map(CashFlowReport.Point::income)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  public BigDecimal expense() {
    return flows.stream()
        .map(CashFlowReport.Point::expense)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  public BigDecimal net() {
    return income().subtract(expense());
  }

  /**
   * The charts' data: labels in the page's language, amounts as decimal strings, and the locale and
   * currency the script formats them with. "<", ">" and "&" are escaped, so that no name can end
   * the data block.
   */
  String json(Locale locale, String uncategorised, String balance) {
    Map<String, Object> data = ChartData.start(locale, currency);
    data.put("months", flows.stream().map(p -> month(p.start(), locale)).toList());
    data.put("income", flows.stream().map(p -> p.income().toPlainString()).toList());
    data.put("expense", flows.stream().map(p -> p.expense().toPlainString()).toList());
    data.put("net", flows.stream().map(p -> p.net().toPlainString()).toList());
    if (spending != null) {
      ChartData.categories(data, spending.categories(), uncategorised);
    }
    data.put("worthMonths", worth.stream().map(p -> month(p.start(), locale)).toList());
    data.put("worth", worth.stream().map(p -> p.balance().toPlainString()).toList());
    data.put("worthLabel", balance);
    return ChartData.write(data);
  }

  static String month(LocalDate start, Locale locale) {
    YearMonth month = YearMonth.from(start);
    return locale.getLanguage().equals("vi")
        ? "T" + month.getMonthValue() + "/" + month.getYear()
        : month.format(DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH));
  }
}
