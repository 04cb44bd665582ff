package com.spendwise.recurring.internal;

import com.spendwise.notification.NotificationDraft;
import com.spendwise.notification.NotificationService;
import com.spendwise.notification.NotificationType;
import com.spendwise.notification.Subject;
import com.spendwise.recurring.RecurringRule;
import com.spendwise.transaction.EntryType;
import com.spendwise.transaction.LedgerEntry;
import com.spendwise.transaction.LedgerService;
import com.spendwise.user.UserId;
import com.spendwise.wallet.WalletId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
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
  private final OccurrenceRepository occurrences;
  private final LedgerService ledger;
  private final NotificationService notifications;

  OccurrenceWriter(
      RuleRepository rules,
      OccurrenceRepository occurrences,
      LedgerService ledger,
      NotificationService notifications) {
    this.rules = rules;
    this.occurrences = occurrences;
    this.ledger = ledger;
    this.notifications = notifications;
  }

  /**
   * Records the plans; rules whose wallet was deleted are paused with RECURRING_FAILED instead.
   * Throws what the ledger throws when it refuses an entry (the caller then isolates the rule).
   * Returns the entries written.
   */
  public List<LedgerEntry> record(List<Plan> plans) {
    List<Occurrence> wanted = new ArrayList<>();
    List<Plan> advancing = new ArrayList<>();
    for (Plan plan : plans) {
      if (plan.rule().walletId() == null) {
        fail(plan.user(), plan.rule(), "wallet-deleted", "Its wallet was deleted.");
      } else {
        wanted.addAll(plan.occurrences());
        advancing.add(plan);
      }
    }
    // Owners in id order, like wallets within an owner: two instances lock in the same order.
    Map<UUID, List<Occurrence>> byUser = new TreeMap<>();
    for (Occurrence claimed : occurrences.claim(wanted)) {
      byUser.computeIfAbsent(claimed.user().value(), u -> new ArrayList<>()).add(claimed);
    }
    List<LedgerEntry> written = new ArrayList<>();
    List<Recorded> recorded = new ArrayList<>();
    byUser.forEach(
        (user, owned) -> {
          List<LedgerEntry> entries =
              ledger.recordFromRules(
                  new UserId(user),
                  owned.stream().map(Occurrence::draft).toList(),
                  owned.stream().map(o -> o.rule().id().value()).toList());
          for (int i = 0; i < entries.size(); i++) {
            recorded.add(new Recorded(owned.get(i), entries.get(i)));
          }
          written.addAll(entries);
        });
    occurrences.link(recorded);
    notifications.send(recorded.stream().map(OccurrenceWriter::executedNotice).toList());
    rules.advance(advancing);
    return written;
  }

  /** An occurrence and the ledger entry that recorded it. */
  public record Recorded(Occurrence occurrence, LedgerEntry entry) {}

  /** Marks a locked rule's next occurrence as dealt with, without an entry, and moves it on. */
  public void skip(UserId user, RecurringRule rule) {
    LocalDate next = rule.schedule().after(rule.nextDate());
    occurrences.claim(List.of(Occurrence.onTime(user, rule, rule.nextDate())));
    rules.advance(List.of(new Plan(user, rule, List.of(), next, rule.schedule().allows(next))));
  }

  /**
   * Pauses a rule that cannot record its occurrence, and tells its owner why ({@code reason} is a
   * problem code, {@code detail} the API's sentence).
   */
  public void fail(UserId user, RecurringRule rule, String reason, String detail) {
    rules.pause(rule.id(), reason);
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
                + detail
                + " The rule is paused; resume it once this is fixed.",
            new Subject(Subject.Kind.RECURRING_TRANSACTION, rule.id().value()),
            occurrence(
                rule.type(),
                rule.amount(),
                rule.walletId(),
                rule.note(),
                rule.nextDate(),
                reason)));
  }

  private static NotificationDraft executedNotice(Recorded recorded) {
    LedgerEntry entry = recorded.entry();
    return new NotificationDraft(
        recorded.occurrence().user(),
        NotificationType.RECURRING_EXECUTED,
        "Recorded your recurring "
            + entry.type().name().toLowerCase()
            + " of "
            + entry.amount().toPlainString()
            + aside(entry.note())
            + " for "
            + entry.date()
            + ".",
        new Subject(Subject.Kind.TRANSACTION, entry.id().value()),
        occurrence(
            entry.type(),
            entry.amount(),
            entry.type() == EntryType.INCOME ? entry.targetWalletId() : entry.sourceWalletId(),
            entry.note(),
            entry.date(),
            null));
  }

  /** What the pages write a recurring rule's notification from. */
  private static Map<String, String> occurrence(
      EntryType type,
      BigDecimal amount,
      WalletId wallet,
      String note,
      LocalDate date,
      String reason) {
    Map<String, String> data = new HashMap<>();
    data.put("type", type.name());
    data.put("amount", amount.toPlainString());
    data.put("wallet", wallet == null ? "" : wallet.value().toString());
    data.put("note", note == null ? "" : note);
    data.put("date", date.toString());
    if (reason != null) {
      data.put("reason", reason);
    }
    return data;
  }

  /** A note, in parentheses after what it describes; nothing without one. */
  private static String aside(String note) {
    return note == null ? "" : " (" + note + ")";
  }
}
