package com.spendwise.exchange.internal;

import com.spendwise.exchange.ImportMapping;
import com.spendwise.shared.FieldProblem;
import com.spendwise.shared.ProblemException;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.text.ParsePosition;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a bank's CSV statement with a mapping. A file that cannot be read at all (wrong encoding,
 * broken quoting, a mapped column missing from the header) is refused with 400; a row that cannot
 * be read keeps its line number and its problems, so that it is reported rather than dropped.
 */
public final class StatementCsv {

  private StatementCsv() {}

  /** The column names of the file's header row. */
  public static List<String> header(byte[] file, ImportMapping mapping) {
    try (CSVParser parser = format(mapping).parse(new StringReader(decode(file, mapping)))) {
      return parser.getHeaderNames().stream().filter(name -> !name.isBlank()).toList();
    } catch (UncheckedIOException | IllegalStateException | IOException e) {
      throw ProblemException.invalidField(
          "file", "malformed-file", "The file is not readable CSV: " + e.getMessage());
    }
  }

  private static CSVFormat format(ImportMapping mapping) {
    return CSVFormat.RFC4180
        .builder()
        .setDelimiter(mapping.delimiterOrDefault())
        .setHeader()
        .setSkipHeaderRecord(true)
        .setIgnoreEmptyLines(true)
        .setIgnoreSurroundingSpaces(true)
        .setAllowMissingColumnNames(true)
        .setDuplicateHeaderMode(org.apache.commons.csv.DuplicateHeaderMode.ALLOW_ALL)
        .get();
  }

  public static List<StatementRow> read(byte[] file, ImportMapping mapping) {
    String text = decode(file, mapping);
    try (CSVParser parser = format(mapping).parse(new StringReader(text))) {
      Map<String, String> columns = mapping.columns();
      List<String> header = parser.getHeaderNames();
      List<FieldProblem> missing = new ArrayList<>();
      columns.forEach(
          (field, column) -> {
            if (!header.contains(column)) {
              missing.add(
                  new FieldProblem(
                      "mapping." + field,
                      "unknown-column",
                      "The file has no column \""
                          + column
                          + "\"; its columns are "
                          + String.join(", ", header)
                          + "."));
            }
          });
      if (!missing.isEmpty()) {
        throw ProblemException.invalidFields(missing);
      }
      // Strict: 31/02 is a mistake to report, not 28/02. Strict needs 'u' (year), not 'y' (year of
      // an era), which is what people write.
      DateTimeFormatter dates =
          DateTimeFormatter.ofPattern(mapping.dateFormatOrDefault().replace('y', 'u'))
              .withResolverStyle(ResolverStyle.STRICT);
      List<StatementRow> rows = new ArrayList<>();
      for (CSVRecord record : parser) {
        rows.add(row(record, columns, dates, mapping.decimalSeparatorOrDefault()));
      }
      return rows;
    } catch (UncheckedIOException | IllegalStateException | IOException e) {
      throw ProblemException.invalidField(
          "file", "malformed-file", "The file is not readable CSV: " + e.getMessage());
    }
  }

  private static String decode(byte[] file, ImportMapping mapping) {
    try {
      String text =
          mapping
              .charset()
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(file))
              .toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      throw ProblemException.invalidField(
          "mapping.encoding",
          "wrong-encoding",
          "The file is not " + mapping.charset().name() + " text; choose the file's encoding.");
    }
  }

  private static StatementRow row(
      CSVRecord record, Map<String, String> columns, DateTimeFormatter dates, char decimal) {
    int line = Math.toIntExact(record.getRecordNumber() + 1);
    List<FieldProblem> problems = new ArrayList<>();
    String dateText = value(record, columns.get("date"));
    LocalDate date = date(dateText, dates, problems);
    BigDecimal amount = null;
    if (columns.containsKey("amount")) {
      amount = amount(value(record, columns.get("amount")), decimal, "amount", problems);
    } else {
      BigDecimal out = amount(value(record, columns.get("debit")), decimal, "debit", problems);
      BigDecimal in = amount(value(record, columns.get("credit")), decimal, "credit", problems);
      boolean hasOut = out != null && out.signum() != 0;
      boolean hasIn = in != null && in.signum() != 0;
      if (hasOut && hasIn) {
        problems.add(
            new FieldProblem("amount", "invalid", "Both debit and credit hold an amount."));
      } else if (hasOut) {
        amount = out.abs().negate();
      } else if (hasIn) {
        amount = in.abs();
      }
    }
    if (amount == null && problems.stream().noneMatch(p -> !p.field().equals("date"))) {
      problems.add(new FieldProblem("amount", "required", "The row has no amount."));
    } else if (amount != null && amount.signum() == 0) {
      problems.add(new FieldProblem("amount", "not-positive", "The amount is zero."));
    }
    Map<String, String> cells = new HashMap<>();
    for (String field : List.of("date", "amount", "debit", "credit")) {
      String text = value(record, columns.get(field));
      if (text != null) {
        cells.put(field, text);
      }
    }
    return new StatementRow(
        line,
        date,
        amount,
        blankToNull(SpreadsheetCells.restored(value(record, columns.get("note")))),
        blankToNull(SpreadsheetCells.restored(value(record, columns.get("category")))),
        blankToNull(value(record, columns.get("externalId"))),
        problems,
        cells);
  }

  /**
   * The date {@code text} names in the mapped format, or null after adding the problem: text that
   * does not match the format ({@code invalid-date}), or that matches it but names no day of the
   * calendar, as 31/02/2026 ({@code no-such-date}).
   */
  private static LocalDate date(String text, DateTimeFormatter dates, List<FieldProblem> problems) {
    if (text == null || text.isEmpty()) {
      problems.add(new FieldProblem("date", "required", "The row has no date."));
      return null;
    }
    try {
      return LocalDate.parse(text, dates);
    } catch (DateTimeParseException e) {
      ParsePosition position = new ParsePosition(0);
      boolean shaped =
          dates.parseUnresolved(text, position) != null
              && position.getIndex() == text.length()
              && position.getErrorIndex() < 0;
      problems.add(
          shaped
              ? new FieldProblem(
                  "date", "no-such-date", "\"" + text + "\" is no day of the calendar.")
              : new FieldProblem(
                  "date", "invalid-date", "\"" + text + "\" is not a date as mapped."));
      return null;
    }
  }

  /**
   * An amount as the bank wrote it: grouping separators and currency signs ignored, a leading minus
   * or parentheses for money out. Null when empty; a problem when ambiguous or unreadable.
   */
  static BigDecimal amount(String text, char decimal, String field, List<FieldProblem> problems) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String kept = text.replaceAll("[^0-9.,()+\\-]", "");
    boolean negative = kept.startsWith("-") || (kept.startsWith("(") && kept.endsWith(")"));
    String digits = kept.replaceAll("[()+\\-]", "");
    char grouping = decimal == ',' ? '.' : ',';
    digits = digits.replace(String.valueOf(grouping), "");
    if (digits.isEmpty()
        || digits.chars().filter(c -> c == decimal).count() > 1
        || digits.indexOf(decimal) == digits.length() - 1) {
      problems.add(
          new FieldProblem(
              field, "invalid-amount", "\"" + text + "\" is not an amount as mapped."));
      return null;
    }
    BigDecimal value = new BigDecimal(digits.replace(decimal, '.'));
    return negative ? value.negate() : value;
  }

  private static String value(CSVRecord record, String column) {
    if (column == null || !record.isMapped(column) || !record.isSet(column)) {
      return null;
    }
    return record.get(column).strip();
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }
}
