package com.spendwise.exchange.internal;

import com.spendwise.shared.FieldProblem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One row of a bank statement as read: its line in the file, the date, the amount (money out is
 * negative), the note, a category name and the bank's id, each null when absent or unreadable, and
 * what could not be read.
 */
public record StatementRow(
    int line,
    LocalDate date,
    BigDecimal amount,
    String note,
    String category,
    String externalId,
    List<FieldProblem> problems) {}
