package com.spendwise.shared;

import java.time.LocalDate;
import java.util.List;

/** The calendar dates the service accepts from clients. */
public final class Dates {

  public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
  public static final LocalDate LATEST = LocalDate.of(2999, 12, 31);

  private Dates() {}

  /** Adds to {@code out} why {@code date} (not null) is outside the accepted range. */
  public static void checkRange(String field, LocalDate date, List<FieldProblem> out) {
    if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
      out.add(
          new FieldProblem(field, "out-of-range", "Must be between 1900-01-01 and 2999-12-31."));
    }
  }
}
