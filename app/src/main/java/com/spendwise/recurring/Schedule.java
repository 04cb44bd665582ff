package com.spendwise.recurring;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * When a rule's occurrences fall: occurrence k is the start date plus k × every intervals, always
 * counted from the start date (the anchor), never from the previous occurrence. A month or year
 * without the anchor's day takes its last day: 31 Jan → 28 Feb → 31 Mar, and 29 Feb → 28 Feb.
 * {@code end}, when set, is the last day an occurrence may fall on.
 */
public record Schedule(Interval interval, int every, LocalDate start, LocalDate end) {

  public LocalDate occurrence(long k) {
    long n = k * every;
    switch (interval) {
      case DAILY:
        return start.plusDays(n);
      case WEEKLY:
        return start.plusWeeks(n);
      case MONTHLY:
        return start.plusMonths(n);
      default:
        return start.plusYears(n);
    }
  }

  /** The first occurrence on or after {@code date}, ignoring the end date. */
  public LocalDate firstOnOrAfter(LocalDate date) {
    if (!date.isAfter(start)) {
      return start;
    }
    // Whole intervals between the anchor and the date: the occurrence at that index falls before
    // or on the date (a month-end may fall a few days earlier), so at most a step or two remains.
    long units;
    switch (interval) {
      case DAILY:
        units = ChronoUnit.DAYS.between(start, date);
        break;
      case WEEKLY:
        units = ChronoUnit.DAYS.between(start, date) / 7;
        break;
      case MONTHLY:
        units = monthIndex(date) - monthIndex(start);
        break;
      default:
        units = date.getYear() - start.getYear();
    }
    long k = units / every;
    while (occurrence(k).isBefore(date)) {
      k++;
    }
    return occurrence(k);
  }

  /** The occurrence after {@code date}, ignoring the end date. */
  public LocalDate after(LocalDate date) {
    return firstOnOrAfter(date.plusDays(1));
  }

  /** Whether {@code date} is on or before the end date, if any. */
  public boolean allows(LocalDate date) {
    return end == null || !date.isAfter(end);
  }

  private static long monthIndex(LocalDate date) {
    return date.getYear() * 12L + date.getMonthValue();
  }
}
