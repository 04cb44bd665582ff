package com.spendwise.recurring.internal;

import com.spendwise.recurring.RecurringRule;
import com.spendwise.recurring.UpcomingOccurrence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/** The next occurrences of several rules, merged in date order. */
public final class Upcoming {

  private Upcoming() {}

  /** The first {@code count} occurrences of the active {@code rules}, earliest first. */
  public static List<UpcomingOccurrence> next(List<RecurringRule> rules, int count) {
    PriorityQueue<UpcomingOccurrence> queue =
        new PriorityQueue<>(
            Comparator.comparing(UpcomingOccurrence::date)
                .thenComparing(o -> o.rule().id().value()));
    for (RecurringRule rule : rules) {
      if (rule.active() && rule.schedule().allows(rule.nextDate())) {
        queue.add(new UpcomingOccurrence(rule, rule.nextDate()));
      }
    }
    List<UpcomingOccurrence> next = new ArrayList<>();
    while (next.size() < count && !queue.isEmpty()) {
      UpcomingOccurrence first = queue.poll();
      next.add(first);
      LocalDate after = first.rule().schedule().after(first.date());
      if (first.rule().schedule().allows(after)) {
        queue.add(new UpcomingOccurrence(first.rule(), after));
      }
    }
    return next;
  }

  /**
   * Every occurrence of the active {@code rules} still to record up to {@code until} (overdue ones
   * the scheduler has not reached yet included), in date order; at most {@code perRule} of each.
   */
  public static List<UpcomingOccurrence> until(
      List<RecurringRule> rules, LocalDate until, int perRule) {
    List<UpcomingOccurrence> all = new ArrayList<>();
    for (RecurringRule rule : rules) {
      if (rule.active()) {
        Plan.dates(rule, until, perRule)
            .forEach(date -> all.add(new UpcomingOccurrence(rule, date)));
      }
    }
    all.sort(
        Comparator.comparing(UpcomingOccurrence::date).thenComparing(o -> o.rule().id().value()));
    return all;
  }
}
