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
import com.spendwise.rule.Rule;
import com.spendwise.shared.FieldProblem;
import com.spendwise.tag.TagId;
import com.spendwise.tag.TagView;
import com.spendwise.user.UserId;
import com.spendwise.wallet.Wallet;
import com.spendwise.wallet.WalletId;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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

  private final ModuleRestores modules;
  private final JsonMapper json;
  private final UserId user;
  private final LocalDate today;
  private final RestoredIds ids = new RestoredIds();
  private final List<Notification> notifications = new ArrayList<>();
  private final Set<String> categoryNames = new HashSet<>();
  private final Set<String> tagNames = new HashSet<>();
  private final RestoredLedger ledger;
  private int exchangeRates;

  public RestoreRun(ModuleRestores modules, JsonMapper json, UserId user, LocalDate today) {
    this.modules = modules;
    this.json = json;
    this.user = user;
    this.today = today;
    this.ledger = new RestoredLedger(modules, json, user, ids);
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
          RestoreProblems.requireFormat(format, version);
          section(name, parser);
        }
      }
      if (!Backups.FORMAT.equals(format)) {
        throw RestoreProblems.notABackup();
      }
    }
    ledger.flush();
    for (Notification n : notifications) {
      modules.notifications().restore(user, n, ids.subject(n.subject()));
    }
    ledger.settle();
    return ids.counted(exchangeRates, notifications.size(), ledger.count());
  }

  private void section(String name, JsonParser parser) {
    switch (name) {
      case "profile" -> RestoreProblems.profile(modules.users(), user, parser, json);
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
      case "rules" ->
          each(
              name,
              list(parser, new TypeReference<List<Rule>>() {}),
              (at, rule, out) -> RestoredRules.check(at, rule, ids, out),
              (at, rule) -> RestoredRules.write(modules.categorising(), user, rule, ids));
      case "notifications" ->
          each(
              name,
              list(parser, new TypeReference<List<Notification>>() {}),
              BackupChecks::notification,
              this::write);
      case "transactions" -> ledger.entries(parser);
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
    BackupChecks.unique(at, w.id() == null ? null : w.id().value(), ids.wallets, out);
  }

  private void write(String at, Wallet w) {
    UUID id = RestoredIds.fresh(ids.wallets, w.id().value());
    ids.currencies.put(w.id().value(), w.currency());
    ids.statedBalances.put(id, w.balance());
    ids.balanceFields.put(id, at + ".balance");
    modules.wallets().restore(user, new WalletId(id), w);
  }

  private void check(String at, Category c, List<FieldProblem> out) {
    BackupChecks.category(at, c, out);
    BackupChecks.unique(at, c.id() == null ? null : c.id().value(), ids.categories, out);
    BackupChecks.uniqueName(
        at,
        c.name() == null ? null : c.type() + "/" + c.name(),
        categoryNames,
        "category of this type",
        out);
  }

  private void write(String at, Category c) {
    UUID id = RestoredIds.fresh(ids.categories, c.id().value());
    ids.categoryTypes.put(c.id().value(), c.type());
    modules.categories().restore(user, new CategoryId(id), c);
  }

  private void check(String at, TagView t, List<FieldProblem> out) {
    BackupChecks.tag(at, t, out);
    BackupChecks.unique(at, t.id() == null ? null : t.id().value(), ids.tags, out);
    BackupChecks.uniqueName(at, t.name(), tagNames, "tag", out);
  }

  private void write(String at, TagView t) {
    modules.tags().restore(user, new TagId(RestoredIds.fresh(ids.tags, t.id().value())), t);
  }

  private void write(String at, ExchangeRate r) {
    exchangeRates++;
    modules.rates().restore(user, r);
  }

  private void check(String at, Budget b, List<FieldProblem> out) {
    BackupChecks.budget(at, b, ids.categoryTypes, out);
    BackupChecks.unique(at, b.id() == null ? null : b.id().value(), ids.budgets, out);
  }

  private void write(String at, Budget b) {
    UUID id = RestoredIds.fresh(ids.budgets, b.id().value());
    modules.budgets().restore(user, new BudgetId(id), b, ids.category(b.categoryId()));
  }

  private void check(String at, Goal g, List<FieldProblem> out) {
    BackupChecks.goal(at, g, out);
    BackupChecks.unique(at, g.id() == null ? null : g.id().value(), ids.goals, out);
  }

  private void write(String at, Goal g) {
    modules
        .goals()
        .restore(user, new GoalId(RestoredIds.fresh(ids.goals, g.id().value())), g, today);
  }

  private void check(String at, RecurringRule r, List<FieldProblem> out) {
    LedgerChecks.rule(at, r, ids.currencies, ids.categoryTypes, out);
    BackupChecks.unique(at, r.id() == null ? null : r.id().value(), ids.rules, out);
  }

  private void write(String at, RecurringRule r) {
    UUID id = RestoredIds.fresh(ids.rules, r.id().value());
    modules
        .rules()
        .restore(
            user, new RecurringId(id), r, ids.wallet(r.walletId()), ids.category(r.categoryId()));
  }

  /** Notifications are written last: one may point to a transaction further down the file. */
  private void write(String at, Notification n) {
    notifications.add(n);
    if (n.subject() != null && n.subject().kind() == Subject.Kind.TRANSACTION) {
      ids.pointedTo.put(n.subject().id(), null);
    }
  }

  /** Adds the problems of one record of a backup to a list. */
  @FunctionalInterface
  private interface Check<T> {
    void check(String at, T item, List<FieldProblem> out);
  }
}
