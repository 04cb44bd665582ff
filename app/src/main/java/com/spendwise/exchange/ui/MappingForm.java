package com.spendwise.exchange.ui;

import com.spendwise.exchange.ImportMapping;
import java.util.List;
import java.util.Locale;

/** The mapping form as sent (GET for a preview, POST for the import). */
record MappingForm(
    String date,
    String amount,
    String debit,
    String credit,
    String note,
    String category,
    String externalId,
    String dateFormat,
    String decimalSeparator,
    String encoding,
    Boolean skipInvalid,
    Boolean createCategories,
    String saveAs) {

  /** A saved mapping, as the form shows it. */
  static MappingForm of(ImportMapping m) {
    return new MappingForm(
        m.date(),
        m.amount(),
        m.debit(),
        m.credit(),
        m.note(),
        m.category(),
        m.externalId(),
        m.dateFormat(),
        m.decimalSeparator(),
        m.encoding(),
        false,
        false,
        null);
  }

  public boolean skipping() {
    return Boolean.TRUE.equals(skipInvalid);
  }

  public boolean creating() {
    return Boolean.TRUE.equals(createCategories);
  }

  boolean chosen() {
    return date != null;
  }

  /** A mapping field by name, for the page's loops (empty when unset). */
  public String column(String field) {
    String value =
        switch (field) {
          case "date" -> date;
          case "amount" -> amount;
          case "debit" -> debit;
          case "credit" -> credit;
          case "note" -> note;
          case "category" -> category;
          case "externalId" -> externalId;
          case "dateFormat" -> dateFormat;
          case "decimalSeparator" -> decimalSeparator;
          case "encoding" -> encoding;
          default -> throw new IllegalArgumentException(field);
        };
    return value == null ? "" : value;
  }

  ImportMapping mapping() {
    return new ImportMapping(
        blank(date),
        blank(amount),
        blank(debit),
        blank(credit),
        blank(note),
        blank(category),
        blank(externalId),
        blank(dateFormat),
        blank(decimalSeparator),
        blank(encoding),
        null);
  }

  /** The columns a person would most likely choose, from the header's names. */
  static MappingForm guess(List<String> columns, Locale locale) {
    boolean vietnamese = locale.getLanguage().equals("vi");
    return new MappingForm(
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
        false,
        false,
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

  private static String blank(String text) {
    return text == null || text.isBlank() ? null : text;
  }
}
