package com.spendwise.exchange.internal;

import com.spendwise.shared.FieldProblem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One row of a bank statement as read: its line in the file, the date, the amount (money out is
 * negative), the note, a category name and the bank's id, each null when absent or unreadable, and
 * what could not be read, with the file's text of the date and amount fields ({@code cells}, by
 * field), so that a person sees what the file says next to a problem.
 */
public record StatementRow(
    int line,
    LocalDate date,
    BigDecimal amount,
    String note,
    String category,
    String externalId,
    List<FieldProblem> problems,
    Map<String, String> cells) {

  public StatementRow {
    cells = Map.copyOf(cells);
  }
}
