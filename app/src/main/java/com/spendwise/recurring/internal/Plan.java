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
    List<Occurrence> found = new ArrayList<>();
    LocalDate next = rule.nextDate();
    while (found.size() < cap && !next.isAfter(due.today()) && rule.schedule().allows(next)) {
      found.add(Occurrence.onTime(due.user(), rule, next));
      next = rule.schedule().after(next);
    }
    return new Plan(due.user(), rule, found, next, rule.schedule().allows(next));
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
