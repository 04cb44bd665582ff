package com.spendwise.exchange.ui;

import com.spendwise.exchange.ImportMapping;
import java.util.List;
import java.util.Locale;

/**
 * The columns a person would most likely choose, guessed from a statement's header (Vietnamese and
 * English bank headers), and how a bank of the page's language writes dates and decimals.
 */
final class MappingGuess {

  private MappingGuess() {}

  /** The columns a person would most likely choose, from the header's names. */
  static ImportMapping guess(List<String> columns, Locale locale) {
    boolean vietnamese = locale.getLanguage().equals("vi");
    return new ImportMapping(
        find(columns, "ngày", "date", "posted"),
        find(columns, "số tiền", "amount", "value"),
        find(columns, "ghi nợ", "nợ", "debit", "withdrawal", "out"),
        find(columns, "ghi có", "credit", "deposit", "in"),
        find(columns, "mô tả", "diễn giải", "nội dung", "description", "memo", "note", "details"),
        find(columns, "danh mục", "category"),
        find(columns, "số tham chiếu", "mã giao dịch", "reference", "id"),
        vietnamese ? "dd/MM/yyyy" : "yyyy-MM-dd",
        vietnamese ? "," : ".",
        "UTF-8",
        null);
  }

  private static String find(List<String> columns, String... hints) {
    for (String hint : hints) {
      for (String column : columns) {
        if (column.toLowerCase(Locale.ROOT).contains(hint)) {
          return column;
        }
      }
    }
    return "";
  }
}
