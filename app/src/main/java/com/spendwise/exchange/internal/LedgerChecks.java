package com.spendwise.exchange.internal;

import com.spendwise.category.CategoryType;
import com.spendwise.recurring.RecurringRule;
import com.spendwise.recurring.RuleDraft;
import com.spendwise.shared.FieldProblem;
import com.spendwise.shared.Money;
import com.spendwise.transaction.EntryDraft;
import com.spendwise.transaction.EntryType;
import com.spendwise.transaction.LedgerEntry;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What a backup's transactions and recurring rules must be before a restore writes them: the
 * ledger's rules (amounts at their wallet's currency, the wallets a type needs, categories of the
 * right type) and references to wallets, categories, tags and rules listed earlier in the file.
 */
public final class LedgerChecks {

  private LedgerChecks() {}

  public static void rule(
      String at,
      RecurringRule r,
      Map<UUID, String> wallets,
      Map<UUID, CategoryType> categories,
      List<FieldProblem> out) {
    BackupChecks.required(at + ".id", r.id(), out);
    if (r.type() == null || r.type() == EntryType.TRANSFER) {
      out.add(new FieldProblem(at + ".type", "invalid", "Must be INCOME or EXPENSE."));
    }
    String currency =
        r.walletId() == null
            ? null
            : BackupChecks.known(at + ".walletId", r.walletId().value(), wallets, "wallet", out);
    Money.checkPositive(at + ".amount", r.amount(), currency, out);
    BackupChecks.category(
        at + ".categoryId",
        r.categoryId() == null ? null : r.categoryId().value(),
        r.type(),
        categories,
        out);
    EntryDraft.noteProblem(at + ".note", r.note()).ifPresent(out::add);
    BackupChecks.required(at + ".nextDate", r.nextDate(), out);
    var schedule = r.schedule();
    if (BackupChecks.required(at + ".schedule", schedule, out)) {
      BackupChecks.required(at + ".schedule.interval", schedule.interval(), out);
      BackupChecks.required(at + ".schedule.start", schedule.start(), out);
      if (schedule.every() < 1 || schedule.every() > RuleDraft.MAX_EVERY) {
        out.add(
            new FieldProblem(
                at + ".schedule.every",
                "out-of-range",
                "Must be 1 to " + RuleDraft.MAX_EVERY + "."));
      }
      if (schedule.end() != null
          && schedule.start() != null
          && schedule.end().isBefore(schedule.start())) {
        out.add(
            new FieldProblem(at + ".schedule.end", "before-start", "Must not be before start."));
      }
    }
  }

  /** A transaction; {@code wallets} maps the file's wallet ids to their currencies. */
  public static void entry(
      String at,
      LedgerEntry e,
      Map<UUID, String> wallets,
      Map<UUID, CategoryType> categories,
      Set<UUID> tags,
      Set<UUID> rules,
      List<FieldProblem> out) {
    BackupChecks.required(at + ".date", e.date(), out);
    EntryDraft.noteProblem(at + ".note", e.note()).ifPresent(out::add);
    if (!BackupChecks.required(at + ".type", e.type(), out)) {
      return;
    }
    boolean from = e.type() != EntryType.INCOME;
    boolean to = e.type() != EntryType.EXPENSE;
    String source = wallet(at + ".sourceWalletId", e.sourceWalletId(), from, wallets, out);
    String target = wallet(at + ".targetWalletId", e.targetWalletId(), to, wallets, out);
    Money.checkPositive(at + ".amount", e.amount(), from ? source : target, out);
    if (e.targetAmount() != null) {
      if (e.type() != EntryType.TRANSFER) {
        out.add(new FieldProblem(at + ".targetAmount", "not-allowed", "Only transfers have one."));
      } else {
        Money.checkPositive(at + ".targetAmount", e.targetAmount(), target, out);
      }
    }
    if (from && to && e.sourceWalletId() != null && e.sourceWalletId().equals(e.targetWalletId())) {
      out.add(
          new FieldProblem(at + ".targetWalletId", "same-wallet", "Must differ from the source."));
    }
    BackupChecks.category(
        at + ".categoryId",
        e.categoryId() == null ? null : e.categoryId().value(),
        e.type(),
        categories,
        out);
    if (e.tagIds() != null) {
      for (int i = 0; i < e.tagIds().size(); i++) {
        var tag = e.tagIds().get(i);
        if (tag == null || !tags.contains(tag.value())) {
          out.add(BackupChecks.unknown(at + ".tagIds[" + i + "]", "tag"));
        }
      }
    }
    if (e.recurringTransactionId() != null && !rules.contains(e.recurringTransactionId())) {
      out.add(BackupChecks.unknown(at + ".recurringTransactionId", "recurring transaction"));
    }
  }

  /** The currency of a wallet the entry must (or must not) name. */
  private static String wallet(
      String field,
      com.spendwise.wallet.WalletId id,
      boolean needed,
      Map<UUID, String> wallets,
      List<FieldProblem> out) {
    if (!needed) {
      if (id != null) {
        out.add(new FieldProblem(field, "not-allowed", "Must be null for this type."));
      }
      return null;
    }
    if (!BackupChecks.required(field, id, out)) {
      return null;
    }
    return BackupChecks.known(field, id.value(), wallets, "wallet", out);
  }
}
