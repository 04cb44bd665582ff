package com.spendwise.exchange.internal;

import com.spendwise.budget.Budget;
import com.spendwise.category.Category;
import com.spendwise.category.CategoryType;
import com.spendwise.goal.Goal;
import com.spendwise.goal.GoalDraft;
import com.spendwise.notification.Notification;
import com.spendwise.recurring.RecurringRule;
import com.spendwise.recurring.RuleDraft;
import com.spendwise.report.ExchangeRate;
import com.spendwise.shared.FieldProblem;
import com.spendwise.shared.Money;
import com.spendwise.tag.TagView;
import com.spendwise.transaction.EntryDraft;
import com.spendwise.transaction.EntryType;
import com.spendwise.transaction.LedgerEntry;
import com.spendwise.wallet.Wallet;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What a record of a backup must be before a restore writes it: the rules the API holds a client to
 * (lengths, currencies, amounts at their currency's scale, categories of the right type), and
 * references to records that came earlier in the same backup. {@code known} maps an id in the file
 * to what the check needs of it (a wallet's currency, a category's type). Each method adds to
 * {@code out} and names fields by their place in the file ({@code transactions[12].amount}).
 */
public final class BackupChecks {

  private static final String COLOR = "^#[0-9A-Fa-f]{6}$";

  private BackupChecks() {}

  public static void wallet(String at, Wallet w, List<FieldProblem> out) {
    required(at + ".id", w.id(), out);
    text(at + ".name", w.name(), 100, true, out);
    if (Money.checkCurrency(at + ".currency", w.currency(), out)) {
      amount(at + ".openingBalance", w.openingBalance(), w.currency(), out);
      amount(at + ".balance", w.balance(), w.currency(), out);
    }
  }

  public static void category(String at, Category c, List<FieldProblem> out) {
    required(at + ".id", c.id(), out);
    text(at + ".name", c.name(), 50, true, out);
    required(at + ".type", c.type(), out);
    text(at + ".icon", c.icon(), 50, false, out);
    if (c.color() != null && !c.color().matches(COLOR)) {
      out.add(new FieldProblem(at + ".color", "pattern", "Must be a colour such as #1A2B3C."));
    }
  }

  public static void tag(String at, TagView t, List<FieldProblem> out) {
    required(at + ".id", t.id(), out);
    text(at + ".name", t.name(), 50, true, out);
  }

  public static void exchangeRate(String at, ExchangeRate r, List<FieldProblem> out) {
    Money.checkCurrency(at + ".base", r.base(), out);
    Money.checkCurrency(at + ".quote", r.quote(), out);
    if (r.base() != null && r.base().equals(r.quote())) {
      out.add(new FieldProblem(at + ".quote", "same-currency", "Must differ from base."));
    }
    Money.checkPositive(at + ".rate", r.rate(), null, out);
    required(at + ".date", r.date(), out);
  }

  public static void budget(
      String at, Budget b, Map<UUID, CategoryType> categories, List<FieldProblem> out) {
    required(at + ".id", b.id(), out);
    required(at + ".period", b.period(), out);
    required(at + ".startDate", b.startDate(), out);
    if (Money.checkCurrency(at + ".currency", b.currency(), out)) {
      Money.checkPositive(at + ".amount", b.amount(), b.currency(), out);
    }
    if (b.categoryId() != null) {
      known(at + ".categoryId", b.categoryId().value(), categories, "category", out);
    }
  }

  public static void goal(String at, Goal g, List<FieldProblem> out) {
    required(at + ".id", g.id(), out);
    text(at + ".name", g.name(), GoalDraft.MAX_NAME, true, out);
    text(at + ".description", g.description(), GoalDraft.MAX_DESCRIPTION, false, out);
    if (Money.checkCurrency(at + ".currency", g.currency(), out)) {
      Money.checkPositive(at + ".targetAmount", g.targetAmount(), g.currency(), out);
      if (g.currentAmount() == null || g.currentAmount().signum() < 0) {
        out.add(new FieldProblem(at + ".currentAmount", "negative", "Must be 0 or more."));
      } else {
        amount(at + ".currentAmount", g.currentAmount(), g.currency(), out);
      }
    }
  }

  public static void rule(
      String at,
      RecurringRule r,
      Map<UUID, String> wallets,
      Map<UUID, CategoryType> categories,
      List<FieldProblem> out) {
    required(at + ".id", r.id(), out);
    if (r.type() == null || r.type() == EntryType.TRANSFER) {
      out.add(new FieldProblem(at + ".type", "invalid", "Must be INCOME or EXPENSE."));
    }
    String currency =
        r.walletId() == null
            ? null
            : known(at + ".walletId", r.walletId().value(), wallets, "wallet", out);
    Money.checkPositive(at + ".amount", r.amount(), currency, out);
    category(
        at + ".categoryId",
        r.categoryId() == null ? null : r.categoryId().value(),
        r.type(),
        categories,
        out);
    EntryDraft.noteProblem(at + ".note", r.note()).ifPresent(out::add);
    required(at + ".nextDate", r.nextDate(), out);
    var schedule = r.schedule();
    if (required(at + ".schedule", schedule, out)) {
      required(at + ".schedule.interval", schedule.interval(), out);
      required(at + ".schedule.start", schedule.start(), out);
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

  public static void notification(String at, Notification n, List<FieldProblem> out) {
    required(at + ".type", n.type(), out);
    text(at + ".message", n.message(), 1000, true, out);
    if (n.subject() != null) {
      required(at + ".subject.kind", n.subject().kind(), out);
      required(at + ".subject.id", n.subject().id(), out);
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
    required(at + ".date", e.date(), out);
    EntryDraft.noteProblem(at + ".note", e.note()).ifPresent(out::add);
    if (!required(at + ".type", e.type(), out)) {
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
    category(
        at + ".categoryId",
        e.categoryId() == null ? null : e.categoryId().value(),
        e.type(),
        categories,
        out);
    if (e.tagIds() != null) {
      for (int i = 0; i < e.tagIds().size(); i++) {
        var tag = e.tagIds().get(i);
        if (tag == null || !tags.contains(tag.value())) {
          out.add(unknown(at + ".tagIds[" + i + "]", "tag"));
        }
      }
    }
    if (e.recurringTransactionId() != null && !rules.contains(e.recurringTransactionId())) {
      out.add(unknown(at + ".recurringTransactionId", "recurring transaction"));
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
    if (!required(field, id, out)) {
      return null;
    }
    return known(field, id.value(), wallets, "wallet", out);
  }

  private static void category(
      String field,
      UUID id,
      EntryType type,
      Map<UUID, CategoryType> categories,
      List<FieldProblem> out) {
    if (id == null) {
      return;
    }
    CategoryType found = known(field, id, categories, "category", out);
    if (found != null && type != null && found != type.categoryType()) {
      out.add(
          new FieldProblem(
              field, "category-type-mismatch", "Is a " + found + " category, not " + type + "."));
    }
  }

  private static <T> T known(
      String field, UUID id, Map<UUID, T> known, String what, List<FieldProblem> out) {
    T found = known.get(id);
    if (found == null) {
      out.add(unknown(field, what));
    }
    return found;
  }

  private static FieldProblem unknown(String field, String what) {
    return new FieldProblem(
        field, "unknown-reference", "Is not a " + what + " listed earlier in this backup.");
  }

  private static void amount(
      String field, BigDecimal amount, String currency, List<FieldProblem> out) {
    if (required(field, amount, out)) {
      Money.check(field, amount, currency).ifPresent(out::add);
    }
  }

  private static void text(
      String field, String value, int max, boolean needed, List<FieldProblem> out) {
    if (value == null) {
      if (needed) {
        out.add(new FieldProblem(field, "required", "Is required."));
      }
    } else if ((needed && value.isBlank()) || value.length() > max) {
      out.add(
          new FieldProblem(
              field, "size", "Must be " + (needed ? "1" : "0") + " to " + max + " characters."));
    }
  }

  private static boolean required(String field, Object value, List<FieldProblem> out) {
    if (value == null) {
      out.add(new FieldProblem(field, "required", "Is required."));
      return false;
    }
    return true;
  }
}
