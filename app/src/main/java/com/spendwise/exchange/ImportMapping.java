package com.spendwise.exchange;

import com.spendwise.shared.FieldProblem;
import java.nio.charset.Charset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How to read a bank's CSV statement: which columns (by their header) hold the date, the amount
 * (signed: money out is negative) or a debit/credit pair (money out, money in), the note, a
 * category name and the bank's own id for the row; how dates and decimals are written; and the
 * file's encoding. Null fields take their defaults: ISO dates, a decimal point, UTF-8, commas.
 */
public record ImportMapping(
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
    String delimiter) {

  public static final List<String> ENCODINGS = List.of("UTF-8", "windows-1258", "windows-1252");

  /** The same mapping with fields a form left empty unset (a form sends every field). */
  public ImportMapping withoutBlanks() {
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
        blank(delimiter));
  }

  /** A field by the name the API and the pages give it; empty when unset. */
  public String field(String name) {
    String value =
        switch (name) {
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
          case "delimiter" -> delimiter;
          default -> throw new IllegalArgumentException(name);
        };
    return value == null ? "" : value;
  }

  private static String blank(String text) {
    return text == null || text.isBlank() ? null : text;
  }

  public String dateFormatOrDefault() {
    return dateFormat == null || dateFormat.isBlank() ? "yyyy-MM-dd" : dateFormat;
  }

  public char decimalSeparatorOrDefault() {
    return decimalSeparator == null || decimalSeparator.isEmpty()
        ? '.'
        : decimalSeparator.charAt(0);
  }

  public Charset charset() {
    return Charset.forName(encoding == null || encoding.isBlank() ? "UTF-8" : encoding);
  }

  public char delimiterOrDefault() {
    return delimiter == null || delimiter.isEmpty() ? ',' : delimiter.charAt(0);
  }

  /** The columns this mapping names, by the field that names them. */
  public Map<String, String> columns() {
    Map<String, String> named = new java.util.LinkedHashMap<>();
    for (String[] pair :
        new String[][] {
          {"date", date},
          {"amount", amount},
          {"debit", debit},
          {"credit", credit},
          {"note", note},
          {"category", category},
          {"externalId", externalId}
        }) {
      if (pair[1] != null && !pair[1].isBlank()) {
        named.put(pair[0], pair[1].strip());
      }
    }
    return named;
  }

  /** What is wrong with this mapping itself, before any file is read ("mapping.<field>"). */
  public List<FieldProblem> problems() {
    List<FieldProblem> problems = new ArrayList<>();
    Map<String, String> columns = columns();
    if (!columns.containsKey("date")) {
      problems.add(new FieldProblem("mapping.date", "required", "Name the column of dates."));
    }
    boolean signed = columns.containsKey("amount");
    boolean pair = columns.containsKey("debit") || columns.containsKey("credit");
    if (signed == pair) {
      problems.add(
          new FieldProblem(
              "mapping.amount",
              "required",
              "Name either the amount column (money out negative) or the debit and credit"
                  + " columns, not both."));
    }
    try {
      DateTimeFormatter.ofPattern(dateFormatOrDefault());
    } catch (IllegalArgumentException e) {
      problems.add(
          new FieldProblem(
              "mapping.dateFormat", "invalid-format", "Use a pattern such as dd/MM/yyyy."));
    }
    if (decimalSeparator != null && !List.of(".", ",").contains(decimalSeparator)) {
      problems.add(
          new FieldProblem("mapping.decimalSeparator", "invalid", "Must be \".\" or \",\"."));
    }
    if (encoding != null && !ENCODINGS.contains(encoding)) {
      problems.add(
          new FieldProblem(
              "mapping.encoding",
              "invalid",
              "Must be one of " + String.join(", ", ENCODINGS) + "."));
    }
    if (delimiter != null && (delimiter.length() != 1 || !",;\t|".contains(delimiter))) {
      problems.add(
          new FieldProblem(
              "mapping.delimiter", "invalid", "Must be one of , ; | or a tab character."));
    }
    return problems;
  }
}
