package com.spendwise.recurring.internal;

import com.spendwise.recurring.RecurringRule;
import com.spendwise.recurring.internal.RuleRepository.DueRule;
import com.spendwise.user.UserId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** What to record for a locked rule, and where the rule stands afterwards. */
public record Plan(
    UserId user,
    RecurringRule rule,
    List<Occurrence> occurrences,
    LocalDate nextDate,
    boolean active) {

  /** The occurrences a claimed rule has due up to its owner's today, at most {@code cap}. */
  static Plan catchUp(DueRule due, int cap) {
    RecurringRule rule = due.rule();
    List<LocalDate> dates = dates(rule, due.today(), cap);
    List<Occurrence> found =
        dates.stream().map(date -> Occurrence.onTime(due.user(), rule, date)).toList();
    LocalDate next =
        dates.isEmpty() ? rule.nextDate() : rule.schedule().after(dates.get(dates.size() - 1));
    return new Plan(due.user(), rule, found, next, rule.schedule().allows(next));
  }

  /**
   * The dates of a rule's occurrences still to record, from its next date up to {@code until}, at
   * most {@code cap}: what the scheduler records once {@code until} has come, and what the upcoming
   * page projects.
   */
  public static List<LocalDate> dates(RecurringRule rule, LocalDate until, int cap) {
    List<LocalDate> dates = new ArrayList<>();
    LocalDate next = rule.nextDate();
    while (dates.size() < cap && !next.isAfter(until) && rule.schedule().allows(next)) {
      dates.add(next);
      next = rule.schedule().after(next);
    }
    return dates;
  }

  /**
   * Run-now: the rule's next occurrence, recorded now. Its entry is dated on the occurrence's own
   * date if that has come, else {@code today} (an early payment); either way it is that occurrence,
   * which the scheduler then does not repeat.
   */
  public static Plan runNow(UserId user, RecurringRule rule, LocalDate today) {
    LocalDate occurrence = rule.nextDate();
    LocalDate dated = occurrence.isAfter(today) ? today : occurrence;
    LocalDate next = rule.schedule().after(occurrence);
    return new Plan(
        user,
        rule,
        List.of(new Occurrence(user, rule, occurrence, dated)),
        next,
        rule.schedule().allows(next));
  }
}
