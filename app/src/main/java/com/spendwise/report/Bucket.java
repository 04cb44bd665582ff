package com.spendwise.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One period of a report, clipped to the report's range: the first bucket starts on the range's
 * first day, the last ends on its last day. {@code key} is the whole period's first day.
 */
public record Bucket(LocalDate key, LocalDate start, LocalDate end) {

  /** Every period from {@code from} to {@code to}, in order, empty ones included. */
  public static List<Bucket> between(LocalDate from, LocalDate to, Granularity granularity) {
    List<Bucket> buckets = new ArrayList<>();
    for (LocalDate key = granularity.startOf(from); !key.isAfter(to); key = granularity.next(key)) {
      LocalDate end = granularity.next(key).minusDays(1);
      buckets.add(new Bucket(key, key.isBefore(from) ? from : key, end.isAfter(to) ? to : end));
    }
    return buckets;
  }
}
