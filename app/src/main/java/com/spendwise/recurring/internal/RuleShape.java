package com.spendwise.recurring.internal;

import com.spendwise.recurring.RecurringId;
import com.spendwise.recurring.RecurringRule;
import com.spendwise.recurring.RuleDraft;
import com.spendwise.recurring.Schedule;
import com.spendwise.shared.Actors;
import com.spendwise.shared.Dates;
import com.spendwise.shared.FieldProblem;
import com.spendwise.shared.Money;
import com.spendwise.shared.ProblemException;
import com.spendwise.transaction.EntryDraft;
import com.spendwise.transaction.EntryType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The shape of a recurring rule: what can be checked without the database. */
public final class RuleShape {

  private RuleShape() {}

  /**
   * Checks what needs no database and fills in defaults (every 1, from today, active); throws 400
   * with every problem.
   */
  public static RuleDraft check(RuleDraft draft, LocalDate today) {
    List<FieldProblem> problems = new ArrayList<>();
    if (draft.type() == null || draft.type() == EntryType.TRANSFER) {
      problems.add(new FieldProblem("type", "invalid", "Must be INCOME or EXPENSE."));
    }
    if (draft.walletId() == null) {
      problems.add(new FieldProblem("walletId", "required", "Is required."));
    }
    Money.checkPositive("amount", draft.amount(), null, problems);
    EntryDraft.noteProblem("note", draft.note()).ifPresent(problems::add);
    if (draft.interval() == null) {
      problems.add(
          new FieldProblem(
              "interval", "required", "Is required: DAILY, WEEKLY, MONTHLY or YEARLY."));
    }
    int every = draft.every() == null ? 1 : draft.every();
    if (every < 1 || every > RuleDraft.MAX_EVERY) {
      problems.add(
          new FieldProblem("every", "out-of-range", "Must be 1 to " + RuleDraft.MAX_EVERY + "."));
    }
    LocalDate start = draft.startDate() == null ? today : draft.startDate();
    Dates.checkRange("startDate", start, problems);
    if (draft.endDate() != null) {
      Dates.checkRange("endDate", draft.endDate(), problems);
      if (draft.endDate().isBefore(start)) {
        problems.add(new FieldProblem("endDate", "invalid-range", "Must not be before startDate."));
      }
    }
    if (!problems.isEmpty()) {
      throw ProblemException.invalidFields(problems);
    }
    return new RuleDraft(
        draft.type(),
        draft.walletId(),
        draft.categoryId(),
        draft.amount(),
        draft.note(),
        draft.interval(),
        every,
        start,
        draft.endDate(),
        draft.active() == null || draft.active());
  }

  /** A rule as drafted, not yet saved: active only while its schedule allows {@code next}. */
  public static RecurringRule rule(
      RecurringId id, RuleDraft draft, Schedule schedule, LocalDate next, boolean active) {
    return new RecurringRule(
        id,
        draft.type(),
        draft.walletId(),
        draft.categoryId(),
        draft.amount(),
        draft.note(),
        schedule,
        next,
        active && schedule.allows(next),
        0,
        null,
        null,
        null,
        Actors.NONE);
  }

  public static Schedule schedule(RuleDraft draft) {
    return new Schedule(draft.interval(), draft.every(), draft.startDate(), draft.endDate());
  }
}
