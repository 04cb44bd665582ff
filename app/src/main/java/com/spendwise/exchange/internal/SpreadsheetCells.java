package com.spendwise.exchange.internal;

/**
 * Text cells of a CSV that spreadsheets open: a cell starting with {@code = + - @}, a tab or a
 * carriage return is taken for a formula by Excel and LibreOffice (CSV injection), so the export
 * puts a single quote in front, which they show as text (OWASP's advice). The import of such an
 * export takes that quote off again, so that a note round-trips unchanged.
 */
final class SpreadsheetCells {

  private SpreadsheetCells() {}

  /** The cell as written to an export. */
  static String neutralised(String text) {
    return startsFormula(text, 0) ? "'" + text : text;
  }

  /** The text an export's cell stands for: {@link #neutralised} undone. */
  static String restored(String cell) {
    return cell != null && cell.startsWith("'") && startsFormula(cell, 1)
        ? cell.substring(1)
        : cell;
  }

  private static boolean startsFormula(String text, int at) {
    if (text == null || text.length() <= at) {
      return false;
    }
    char first = text.charAt(at);
    return first == '='
        || first == '+'
        || first == '-'
        || first == '@'
        || first == '\t'
        || first == '\r';
  }
}
