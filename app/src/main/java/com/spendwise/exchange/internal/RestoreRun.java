package com.spendwise.exchange.internal;

import com.spendwise.budget.Budget;
import com.spendwise.budget.BudgetId;
import com.spendwise.category.Category;
import com.spendwise.category.CategoryId;
import com.spendwise.exchange.Backups;
import com.spendwise.exchange.Restores.Restored;
import com.spendwise.goal.Goal;
import com.spendwise.goal.GoalId;
import com.spendwise.notification.Notification;
import com.spendwise.notification.Subject;
import com.spendwise.recurring.RecurringId;
import com.spendwise.recurring.RecurringRule;
import com.spendwise.report.ExchangeRate;
import com.spendwise.shared.FieldProblem;
import com.spendwise.tag.TagId;
import com.spendwise.tag.TagView;
import com.spendwise.transaction.LedgerEntry;
import com.spendwise.user.UserId;
import com.spendwise.wallet.Wallet;
import com.spendwise.wallet.WalletId;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * One restore, inside the caller's database transaction: the document read as it arrives, section
 * by section, each record checked ({@link BackupChecks}) and written through the module that owns
 * it under a new id ({@link RestoredIds}); transactions a batch at a time.
 */
public final class RestoreRun {

  static final int BATCH = 1000;

  private final ModuleRestores modules;
  private final JsonMapper json;
  private final UserId user;
  private final LocalDate today;
  private final RestoredIds ids = new RestoredIds();
  private final List<Notification> notifications = new ArrayList<>();
  private final List<LedgerEntry> batch = new ArrayList<>();

  /** What the restored transactions did to each wallet, so far. */
  private final Map<WalletId, BigDecimal> moved = new HashMap<>();

  private final Set<String> categoryNames = new HashSet<>();
  private final Set<String> tagNames = new HashSet<>();
  private int exchangeRates;
  private long transactions;

  public RestoreRun(ModuleRestores modules, JsonMapper json, UserId user, LocalDate today) {
    this.modules = modules;
    this.json = json;
    this.user = user;
    this.today = today;
  }

  public Restored read(InputStream document) {
    try (JsonParser parser = json.createParser(document)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw RestoreProblems.notABackup();
      }
      String format = null;
      Integer version = null;
      while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
        String name = parser.currentName();
        parser.nextToken();
        if (name.equals("format")) {
          format = parser.getValueAsString();
        } else if (name.equals("version")) {
          version = parser.getValueAsInt(-1);
        } else {
          if (!Backups.FORMAT.equals(format) || !Integer.valueOf(Backups.VERSION).equals(version)) {
            throw RestoreProblems.notABackup();
          }
          section(name, parser);
        }
      }
      if (!Backups.FORMAT.equals(format)) {
        throw RestoreProblems.notABackup();
      }
    }
    flush();
    finish();
    return new Restored(
        ids.wallets.size(),
        ids.categories.size(),
        ids.tags.size(),
        exchangeRates,
        ids.budgets.size(),
        ids.goals.size(),
        ids.rules.size(),
        notifications.size(),
        transactions);
  }

  private void section(String name, JsonParser parser) {
    switch (name) {
      case "profile" -> RestoreProblems.profile(modules.users, user, parser, json);
      case "wallets" ->
          each(name, list(parser, new TypeReference<List<Wallet>>() {}), this::check, this::write);
      case "categories" ->
          each(
              name, list(parser, new TypeReference<List<Category>>() {}), this::check, this::write);
      case "tags" ->
          each(name, list(parser, new TypeReference<List<TagView>>() {}), this::check, this::write);
      case "exchangeRates" ->
          each(
              name,
              list(parser, new TypeReference<List<ExchangeRate>>() {}),
              BackupChecks::exchangeRate,
              this::write);
      case "budgets" ->
          each(name, list(parser, new TypeReference<List<Budget>>() {}), this::check, this::write);
      case "goals" ->
          each(name, list(parser, new TypeReference<List<Goal>>() {}), this::check, this::write);
      case "recurringTransactions" ->
          each(
              name,
              list(parser, new TypeReference<List<RecurringRule>>() {}),
              this::check,
              this::write);
      case "notifications" ->
          each(
              name,
              list(parser, new TypeReference<List<Notification>>() {}),
              BackupChecks::notification,
              this::write);
      case "transactions" -> entries(parser);
      default -> parser.skipChildren();
    }
  }

  private <T> List<T> list(JsonParser parser, TypeReference<List<T>> type) {
    List<T> items = json.readValue(parser, type);
    return items == null ? List.of() : items;
  }

  /** Checks every item of a section, then writes them all, or none when one has a problem. */
  private <T> void each(
      String section, List<T> items, Check<T> check, BiConsumer<String, T> write) {
    List<FieldProblem> problems = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i) == null) {
        problems.add(new FieldProblem(section + "[" + i + "]", "required", "Is null."));
      } else {
        check.check(section + "[" + i + "]", items.get(i), problems);
      }
    }
    if (!problems.isEmpty()) {
      throw RestoreProblems.invalid(problems);
    }
    for (int i = 0; i < items.size(); i++) {
      write.accept(section + "[" + i + "]", items.get(i));
    }
  }

  private void check(String at, Wallet w, List<FieldProblem> out) {
    BackupChecks.wallet(at, w, out);
    unique(at, w.id() == null ? null : w.id().value(), ids.wallets, out);
  }

  private void write(String at, Wallet w) {
    UUID id = RestoredIds.fresh(ids.wallets, w.id().value());
    ids.currencies.put(w.id().value(), w.currency());
    ids.statedBalances.put(id, w.balance());
    ids.balanceFields.put(id, at + ".balance");
    modules.wallets.restore(user, new WalletId(id), w);
  }

  private void check(String at, Category c, List<FieldProblem> out) {
    BackupChecks.category(at, c, out);
    unique(at, c.id() == null ? null : c.id().value(), ids.categories, out);
    if (c.name() != null
        && !categoryNames.add(c.type() + "/" + c.name().toLowerCase(Locale.ROOT))) {
      out.add(
          new FieldProblem(
              at + ".name", "duplicate", "Another category of this type has this name."));
    }
  }

  private void write(String at, Category c) {
    UUID id = RestoredIds.fresh(ids.categories, c.id().value());
    ids.categoryTypes.put(c.id().value(), c.type());
    modules.categories.restore(user, new CategoryId(id), c);
  }

  private void check(String at, TagView t, List<FieldProblem> out) {
    BackupChecks.tag(at, t, out);
    unique(at, t.id() == null ? null : t.id().value(), ids.tags, out);
    if (t.name() != null && !tagNames.add(t.name().toLowerCase(Locale.ROOT))) {
      out.add(new FieldProblem(at + ".name", "duplicate", "Another tag has this name."));
    }
  }

  private void write(String at, TagView t) {
    modules.tags.restore(user, new TagId(RestoredIds.fresh(ids.tags, t.id().value())), t);
  }

  private void write(String at, ExchangeRate r) {
    exchangeRates++;
    modules.rates.restore(user, r);
  }

  private void check(String at, Budget b, List<FieldProblem> out) {
    BackupChecks.budget(at, b, ids.categoryTypes, out);
    unique(at, b.id() == null ? null : b.id().value(), ids.budgets, out);
  }

  private void write(String at, Budget b) {
    UUID id = RestoredIds.fresh(ids.budgets, b.id().value());
    modules.budgets.restore(user, new BudgetId(id), b, ids.category(b.categoryId()));
  }

  private void check(String at, Goal g, List<FieldProblem> out) {
    BackupChecks.goal(at, g, out);
    unique(at, g.id() == null ? null : g.id().value(), ids.goals, out);
  }

  private void write(String at, Goal g) {
    modules.goals.restore(user, new GoalId(RestoredIds.fresh(ids.goals, g.id().value())), g, today);
  }

  private void check(String at, RecurringRule r, List<FieldProblem> out) {
    BackupChecks.rule(at, r, ids.currencies, ids.categoryTypes, out);
    unique(at, r.id() == null ? null : r.id().value(), ids.rules, out);
  }

  private void write(String at, RecurringRule r) {
    UUID id = RestoredIds.fresh(ids.rules, r.id().value());
    modules.rules.restore(
        user, new RecurringId(id), r, ids.wallet(r.walletId()), ids.category(r.categoryId()));
  }

  /** Notifications are written last: one may point to a transaction further down the file. */
  private void write(String at, Notification n) {
    notifications.add(n);
    if (n.subject() != null && n.subject().kind() == Subject.Kind.TRANSACTION) {
      ids.pointedTo.put(n.subject().id(), null);
    }
  }

  private static void unique(String at, UUID id, Map<UUID, UUID> seen, List<FieldProblem> out) {
    if (id != null && seen.containsKey(id)) {
      out.add(new FieldProblem(at + ".id", "duplicate", "Another record above has this id."));
    }
  }

  /** The transactions, read and written a batch at a time. */
  private void entries(JsonParser parser) {
    if (parser.currentToken() == JsonToken.VALUE_NULL) {
      return;
    }
    if (parser.currentToken() != JsonToken.START_ARRAY) {
      throw RestoreProblems.invalid(
          List.of(new FieldProblem("transactions", "invalid-format", "Must be a list.")));
    }
    List<FieldProblem> problems = new ArrayList<>();
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      String at = "transactions[" + transactions + "]";
      LedgerEntry entry = json.readValue(parser, LedgerEntry.class);
      transactions++;
      if (entry == null) {
        throw RestoreProblems.invalid(List.of(new FieldProblem(at, "required", "Is null.")));
      }
      BackupChecks.entry(
          at,
          entry,
          ids.currencies,
          ids.categoryTypes,
          ids.tags.keySet(),
          ids.rules.keySet(),
          problems);
      if (!problems.isEmpty()) {
        throw RestoreProblems.invalid(problems);
      }
      batch.add(ids.renumbered(entry));
      if (batch.size() == BATCH) {
        flush();
      }
    }
  }

  private void flush() {
    if (!batch.isEmpty()) {
      modules.ledger.restore(user, batch);
      LedgerEntry.balanceEffect(List.of(), batch)
          .forEach((wallet, delta) -> moved.merge(wallet, delta, BigDecimal::add));
      batch.clear();
    }
  }

  /**
   * Writes the notifications, then holds every wallet's balance (its opening balance moved by the
   * restored transactions) to the balance the backup states: a file whose balances do not add up is
   * refused, not "fixed".
   */
  private void finish() {
    for (Notification n : notifications) {
      modules.notifications.restore(user, n, ids.subject(n.subject()));
    }
    modules.wallets.settle(user, moved);
    List<FieldProblem> problems = new ArrayList<>();
    for (Wallet wallet : modules.walletService.all(user)) {
      BigDecimal stated = ids.statedBalances.get(wallet.id().value());
      if (stated != null && stated.compareTo(wallet.balance()) != 0) {
        problems.add(
            new FieldProblem(
                ids.balanceFields.get(wallet.id().value()),
                "balance-mismatch",
                "Is "
                    + stated.toPlainString()
                    + ", but its opening balance and the backup's transactions make "
                    + wallet.balance().toPlainString()
                    + "."));
      }
    }
    if (!problems.isEmpty()) {
      throw RestoreProblems.invalid(problems);
    }
  }

  /** Adds the problems of one record of a backup to a list. */
  @FunctionalInterface
  private interface Check<T> {
    void check(String at, T item, List<FieldProblem> out);
  }
}
