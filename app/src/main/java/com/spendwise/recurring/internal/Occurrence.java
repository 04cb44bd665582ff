package com.spendwise.recurring.internal;

import com.spendwise.recurring.RecurringRule;
import com.spendwise.transaction.EntryDraft;
import com.spendwise.transaction.EntryType;
import com.spendwise.user.UserId;
import java.time.LocalDate;
import java.util.List;

/**
 * One occurrence of a rule, on {@code date} (its key in recurring_occurrences). Its entry is dated
 * {@code entryDate}: the occurrence's own date, except when run-now records it early.
 */
public record Occurrence(UserId user, RecurringRule rule, LocalDate date, LocalDate entryDate) {

  static Occurrence onTime(UserId user, RecurringRule rule, LocalDate date) {
    return new Occurrence(user, rule, date, date);
  }

  /** The ledger entry this occurrence records. */
  EntryDraft draft() {
    boolean expense = rule.type() == EntryType.EXPENSE;
    return new EntryDraft(
        rule.type(),
        rule.amount(),
        expense ? rule.walletId() : null,
        expense ? null : rule.walletId(),
        null,
        rule.categoryId(),
        entryDate,
        rule.note(),
        List.of());
  }
}
