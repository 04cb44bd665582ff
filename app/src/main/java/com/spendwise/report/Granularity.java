package com.spendwise.report;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** The size of a report's buckets: calendar days, ISO weeks (from Monday), months or years. */
public enum Granularity {
  DAY,
  WEEK,
  MONTH,
  YEAR;

  /** The first day of the period {@code date} falls in. */
  public LocalDate startOf(LocalDate date) {
    return switch (this) {
      case DAY -> date;
      case WEEK -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      case MONTH -> date.withDayOfMonth(1);
      case YEAR -> date.withDayOfYear(1);
    };
  }

  /** The first day of the period after the one {@code start} begins. */
  public LocalDate next(LocalDate start) {
    return switch (this) {
      case DAY -> start.plusDays(1);
      case WEEK -> start.plusWeeks(1);
      case MONTH -> start.plusMonths(1);
      case YEAR -> start.plusYears(1);
    };
  }

  /** PostgreSQL's date_trunc field for this granularity (its weeks also start on Monday). */
  public String sqlField() {
    return name().toLowerCase();
  }
}
