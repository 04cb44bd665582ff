package com.spendwise.recurring.internal;

import com.spendwise.notification.NotificationDraft;
import com.spendwise.notification.NotificationService;
import com.spendwise.notification.NotificationType;
import com.spendwise.notification.Subject;
import com.spendwise.recurring.RecurringRule;
import com.spendwise.recurring.internal.RuleRepository.DueRule;
import com.spendwise.transaction.EntryDraft;
import com.spendwise.transaction.EntryType;
import com.spendwise.transaction.LedgerEntry;
import com.spendwise.transaction.LedgerService;
import com.spendwise.user.UserId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Turns claimed (locked) rules' occurrences into ledger entries, inside the caller's database
 * transaction: each occurrence is claimed in recurring_occurrences first, so one that was already
 * recorded is skipped, then every owner's entries are written in one ledger call, the rules move on
 * and RECURRING_EXECUTED notifications are sent.
 */
@Component
public class OccurrenceWriter {

  private final RuleRepository rules;
  private final LedgerService ledger;
  private final NotificationService notifications;

  OccurrenceWriter(RuleRepository rules, LedgerService ledger, NotificationService notifications) {
    this.rules = rules;
    this.ledger = ledger;
    this.notifications = notifications;
  }

  /**
   * What to record for a rule: its occurrences from {@code occurrences} (each entry dated {@code
   * entryDates} at the same index), and where the rule stands afterwards.
   */
  public record Plan(
      UserId user,
      RecurringRule rule,
      List<LocalDate> occurrences,
      List<LocalDate> entryDates,
      LocalDate nextDate,
      boolean active) {}

  /** The occurrences a claimed rule has due up to its owner's today, at most {@code cap}. */
  public static Plan catchUp(DueRule due, int cap) {
    RecurringRule rule = due.rule();
    List<LocalDate> dates = new ArrayList<>();
    LocalDate next = rule.nextDate();
    while (dates.size() < cap && !next.isAfter(due.today()) && rule.schedule().allows(next)) {
      dates.add(next);
      next = rule.schedule().after(next);
    }
    return new Plan(due.user(), rule, dates, dates, next, rule.schedule().allows(next));
  }

  /**
   * Records the plans; rules whose wallet was deleted are paused with RECURRING_FAILED instead.
   * Throws what the ledger throws when it refuses an entry (the caller then isolates the rule).
   * Returns the entries written.
   */
  public List<LedgerEntry> record(List<Plan> plans) {
    List<UUID> ruleIds = new ArrayList<>();
    List<LocalDate> dates = new ArrayList<>();
    List<Plan> owners = new ArrayList<>();
    List<Integer> positions = new ArrayList<>();
    List<UUID> advancedIds = new ArrayList<>();
    List<LocalDate> nextDates = new ArrayList<>();
    List<Boolean> active = new ArrayList<>();
    for (Plan plan : plans) {
      if (plan.rule().walletId() == null) {
        fail(plan.user(), plan.rule(), "Its wallet was deleted.");
        continue;
      }
      for (int i = 0; i < plan.occurrences().size(); i++) {
        ruleIds.add(plan.rule().id().value());
        dates.add(plan.occurrences().get(i));
        owners.add(plan);
        positions.add(i);
      }
      advancedIds.add(plan.rule().id().value());
      nextDates.add(plan.nextDate());
      active.add(plan.active());
    }
    List<LedgerEntry> written = new ArrayList<>();
    if (!ruleIds.isEmpty()) {
      // Owners in id order, like wallets within an owner: two instances lock in the same order.
      Map<UUID, List<Integer>> byUser = new TreeMap<>();
      for (int index : rules.claimOccurrences(ruleIds, dates)) {
        byUser.computeIfAbsent(owners.get(index).user().value(), u -> new ArrayList<>()).add(index);
      }
      List<UUID> linkedRules = new ArrayList<>();
      List<LocalDate> linkedDates = new ArrayList<>();
      List<UUID> linkedEntries = new ArrayList<>();
      List<NotificationDraft> executed = new ArrayList<>();
      byUser.forEach(
          (user, indexes) -> {
            List<EntryDraft> drafts = new ArrayList<>();
            List<UUID> sources = new ArrayList<>();
            for (int index : indexes) {
              Plan plan = owners.get(index);
              drafts.add(draft(plan.rule(), plan.entryDates().get(positions.get(index))));
              sources.add(plan.rule().id().value());
            }
            List<LedgerEntry> entries = ledger.recordFromRules(new UserId(user), drafts, sources);
            for (int i = 0; i < entries.size(); i++) {
              int index = indexes.get(i);
              LedgerEntry entry = entries.get(i);
              linkedRules.add(ruleIds.get(index));
              linkedDates.add(dates.get(index));
              linkedEntries.add(entry.id().value());
              executed.add(executedNotice(new UserId(user), entry));
            }
            written.addAll(entries);
          });
      if (!linkedEntries.isEmpty()) {
        rules.linkOccurrences(linkedRules, linkedDates, linkedEntries);
      }
      notifications.send(executed);
    }
    if (!advancedIds.isEmpty()) {
      rules.advance(advancedIds, nextDates, active);
    }
    return written;
  }

  /** Marks a locked rule's next occurrence as dealt with, without an entry, and moves it on. */
  public void skip(RecurringRule rule, LocalDate next, boolean active) {
    rules.claimOccurrences(List.of(rule.id().value()), List.of(rule.nextDate()));
    rules.advance(List.of(rule.id().value()), List.of(next), List.of(active));
  }

  /**
   * Pauses a rule that cannot record its occurrence, and tells its owner why ({@code reason} is a
   * sentence).
   */
  public void fail(UserId user, RecurringRule rule, String reason) {
    rules.pause(rule.id());
    notifications.send(
        new NotificationDraft(
            user,
            NotificationType.RECURRING_FAILED,
            "Your recurring "
                + rule.type().name().toLowerCase()
                + " of "
                + rule.amount().toPlainString()
                + aside(rule.note())
                + " due on "
                + rule.nextDate()
                + " could not be recorded: "
                + reason
                + " The rule is paused; resume it once this is fixed.",
            new Subject(Subject.Kind.RECURRING_TRANSACTION, rule.id().value())));
  }

  private static EntryDraft draft(RecurringRule rule, LocalDate date) {
    boolean expense = rule.type() == EntryType.EXPENSE;
    return new EntryDraft(
        rule.type(),
        rule.amount(),
        expense ? rule.walletId() : null,
        expense ? null : rule.walletId(),
        null,
        rule.categoryId(),
        date,
        rule.note(),
        List.of());
  }

  private static NotificationDraft executedNotice(UserId user, LedgerEntry entry) {
    return new NotificationDraft(
        user,
        NotificationType.RECURRING_EXECUTED,
        "Recorded your recurring "
            + entry.type().name().toLowerCase()
            + " of "
            + entry.amount().toPlainString()
            + aside(entry.note())
            + " for "
            + entry.date()
            + ".",
        new Subject(Subject.Kind.TRANSACTION, entry.id().value()));
  }

  /** A note, in parentheses after what it describes; nothing without one. */
  private static String aside(String note) {
    return note == null ? "" : " (" + note + ")";
  }
}
