package com.spendwise.report.ui;

import com.spendwise.report.CategoryReport;
import com.spendwise.shared.ui.MoneyFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * The data block a page's charts are drawn from (assets/reports.js): labels in the page's language,
 * amounts as decimal strings, the locale and currency to format them with. It travels as JSON in a
 * {@code <script type="application/json">}, never as script.
 */
final class ChartData {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private ChartData() {}

  static Map<String, Object> start(Locale locale, String currency) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("locale", MoneyFormat.formatting(locale).toLanguageTag());
    data.put("currency", currency);
    return data;
  }

  /** Category totals, now and before; a category keeps its colour by its id. */
  static void categories(
      Map<String, Object> data, List<CategoryReport.Line> lines, String uncategorised) {
    data.put(
        "categories",
        lines.stream().map(l -> l.name() == null ? uncategorised : l.name()).toList());
    data.put(
        "categoryIds",
        lines.stream().map(l -> l.categoryId() == null ? "" : l.categoryId().toString()).toList());
    data.put("current", lines.stream().map(l -> l.total().toPlainString()).toList());
    data.put("previous", lines.stream().map(l -> l.previousTotal().toPlainString()).toList());
  }

  /** The JSON with "<", ">" and "&" escaped, so that no name can end the data block. */
  static String write(Map<String, Object> data) {
    return JSON.writeValueAsString(data)
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026");
  }
}
