package com.spendwise.exchange.internal;

import com.spendwise.budget.Budget;
import com.spendwise.category.Category;
import com.spendwise.category.CategoryType;
import com.spendwise.goal.Goal;
import com.spendwise.goal.GoalDraft;
import com.spendwise.notification.Notification;
import com.spendwise.report.ExchangeRate;
import com.spendwise.shared.FieldProblem;
import com.spendwise.shared.Money;
import com.spendwise.tag.TagView;
import com.spendwise.transaction.EntryType;
import com.spendwise.wallet.Wallet;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
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

  public static void notification(String at, Notification n, List<FieldProblem> out) {
    required(at + ".type", n.type(), out);
    text(at + ".message", n.message(), 1000, true, out);
    if (n.data() != null
        && (n.data().size() > 20
            || n.data().values().stream().anyMatch(v -> v == null || v.length() > 1000))) {
      out.add(new FieldProblem(at + ".data", "invalid", "Must be at most 20 texts of 1000."));
    }
    if (n.subject() != null) {
      required(at + ".subject.kind", n.subject().kind(), out);
      required(at + ".subject.id", n.subject().id(), out);
    }
  }

  static void category(
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

  static <T> T known(
      String field, UUID id, Map<UUID, T> known, String what, List<FieldProblem> out) {
    T found = known.get(id);
    if (found == null) {
      out.add(unknown(field, what));
    }
    return found;
  }

  static FieldProblem unknown(String field, String what) {
    return new FieldProblem(
        field, "unknown-reference", "Is not a " + what + " listed earlier in this backup.");
  }

  static void amount(String field, BigDecimal amount, String currency, List<FieldProblem> out) {
    if (required(field, amount, out)) {
      Money.check(field, amount, currency).ifPresent(out::add);
    }
  }

  static void text(String field, String value, int max, boolean needed, List<FieldProblem> out) {
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

  static boolean required(String field, Object value, List<FieldProblem> out) {
    if (value == null) {
      out.add(new FieldProblem(field, "required", "Is required."));
      return false;
    }
    return true;
  }

  /** A record whose id an earlier one of its kind has ({@code seen} maps the file's ids). */
  public static void unique(String at, UUID id, Map<UUID, UUID> seen, List<FieldProblem> out) {
    if (id != null && seen.containsKey(id)) {
      out.add(new FieldProblem(at + ".id", "duplicate", "Another record above has this id."));
    }
  }

  /** A name ({@code key}, null-safe) that an earlier record of the same {@code what} has. */
  public static void uniqueName(
      String at, String key, Set<String> names, String what, List<FieldProblem> out) {
    if (key != null && !names.add(key.toLowerCase(Locale.ROOT))) {
      out.add(new FieldProblem(at + ".name", "duplicate", "Another " + what + " has this name."));
    }
  }
}
