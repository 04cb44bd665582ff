package com.spendwise.exchange;

import com.spendwise.budget.Budget;
import com.spendwise.category.Category;
import com.spendwise.category.CategoryId;
import com.spendwise.category.CategoryType;
import com.spendwise.exchange.internal.BackupChecks;
import com.spendwise.exchange.internal.BackupJson;
import com.spendwise.exchange.internal.RestoreWriter;
import com.spendwise.goal.Goal;
import com.spendwise.notification.Notification;
import com.spendwise.notification.Subject;
import com.spendwise.recurring.RecurringRule;
import com.spendwise.report.ExchangeRate;
import com.spendwise.shared.FieldProblem;
import com.spendwise.shared.ProblemException;
import com.spendwise.tag.TagId;
import com.spendwise.tag.TagView;
import com.spendwise.transaction.LedgerEntry;
import com.spendwise.transaction.TransactionId;
import com.spendwise.user.ProfileChanges;
import com.spendwise.user.UserId;
import com.spendwise.user.UserService;
import com.spendwise.wallet.Wallet;
import com.spendwise.wallet.WalletId;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Restores a backup (docs/backup-format.md) into an account that holds no transactions yet: the
 * backup's wallets, categories, tags, exchange rates, budgets, goals, recurring rules,
 * notifications and transactions replace the account's (a new account's starting categories, say),
 * and its profile settings are applied. Everything gets a new id, references follow, and versions
 * and timestamps are kept. One database transaction: a backup with any problem restores nothing.
 * The document is read as it arrives and transactions are written a batch at a time, so a history
 * of millions needs no more memory than a batch (and the ids of the few transactions notifications
 * point to).
 */
@Service
public class Restores {

  static final int BATCH = 1000;

  private final UserService users;
  private final RestoreWriter writer;
  private final TransactionTemplate transaction;
  private final Clock clock;
  private final JsonMapper json = BackupJson.mapper();

  Restores(
      UserService users,
      RestoreWriter writer,
      PlatformTransactionManager transactionManager,
      Clock clock) {
    this.users = users;
    this.writer = writer;
    this.transaction = new TransactionTemplate(transactionManager);
    this.clock = clock;
  }

  /** How many records of each kind a restore wrote. */
  public record Restored(
      int wallets,
      int categories,
      int tags,
      int exchangeRates,
      int budgets,
      int goals,
      int recurringTransactions,
      int notifications,
      long transactions) {}

  /** The profile part of a backup: what a restore applies (the email stays the account's). */
  record Profile(String displayName, String defaultCurrency, String timeZone, String language) {}

  public Restored restore(UserId user, InputStream document) {
    LocalDate today = users.get(user).today(clock);
    try {
      return transaction.execute(
          status -> {
            writer.lockOwner(user);
            if (writer.hasTransactions(user)) {
              throw ProblemException.conflict(
                  "account-not-empty",
                  "This account has transactions already; a backup restores into an account"
                      + " without any (a new one, say). Nothing was restored.");
            }
            writer.clear(user);
            return new Run(user, today).read(document);
          });
    } catch (JacksonException e) {
      if (e.getCause() instanceof IOException) {
        throw e;
      }
      throw invalid(
          List.of(
              new FieldProblem(
                  "body",
                  "unreadable",
                  "Is not a SpendWise backup: "
                      + e.getOriginalMessage()
                      + " (line "
                      + e.getLocation().getLineNr()
                      + ", column "
                      + e.getLocation().getColumnNr()
                      + ").")));
    } catch (DataIntegrityViolationException e) {
      // The checks above the database cover what a backup written by SpendWise can hold; a
      // hand-edited one can still break a rule only the database sees (two rates for one day).
      throw invalid(
          List.of(
              new FieldProblem(
                  "body",
                  "constraint",
                  "Breaks a rule of the data: " + e.getMostSpecificCause().getMessage())));
    }
  }

  private static ProblemException invalid(List<FieldProblem> problems) {
    return ProblemException.withFields(
        HttpStatus.UNPROCESSABLE_CONTENT,
        "invalid-backup",
        "The backup cannot be restored as it is; nothing was restored.",
        problems);
  }

  /** One restore: the ids of the file mapped to new ones, section by section. */
  private final class Run {

    private final UserId user;
    private final LocalDate today;
    private final Map<UUID, UUID> wallets = new HashMap<>();
    private final Map<UUID, String> currencies = new HashMap<>();
    private final Map<UUID, BigDecimal> balances = new HashMap<>();
    private final Map<UUID, String> walletFields = new HashMap<>();
    private final Map<UUID, UUID> categories = new HashMap<>();
    private final Map<UUID, CategoryType> categoryTypes = new HashMap<>();
    private final Map<UUID, UUID> tags = new HashMap<>();
    private final Map<UUID, UUID> budgets = new HashMap<>();
    private final Map<UUID, UUID> goals = new HashMap<>();
    private final Map<UUID, UUID> rules = new HashMap<>();
    private final List<Notification> notifications = new ArrayList<>();
    private final Map<UUID, UUID> pointedTo = new HashMap<>();
    private final List<LedgerEntry> batch = new ArrayList<>();
    private final Set<String> categoryNames = new HashSet<>();
    private final Set<String> tagNames = new HashSet<>();
    private int exchangeRates;
    private long transactions;

    Run(UserId user, LocalDate today) {
      this.user = user;
      this.today = today;
    }

    Restored read(InputStream document) {
      try (JsonParser parser = json.createParser(document)) {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
          throw notABackup();
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
            if (!Backups.FORMAT.equals(format)
                || !Integer.valueOf(Backups.VERSION).equals(version)) {
              throw notABackup();
            }
            section(name, parser);
          }
        }
        if (!Backups.FORMAT.equals(format)) {
          throw notABackup();
        }
      }
      flush();
      finish();
      return new Restored(
          wallets.size(),
          categories.size(),
          tags.size(),
          exchangeRates,
          budgets.size(),
          goals.size(),
          rules.size(),
          notifications.size(),
          transactions);
    }

    private void section(String name, JsonParser parser) {
      switch (name) {
        case "profile" -> profile(json.readValue(parser, Profile.class));
        case "wallets" ->
            each(
                name, list(parser, new TypeReference<List<Wallet>>() {}), this::check, this::write);
        case "categories" ->
            each(
                name,
                list(parser, new TypeReference<List<Category>>() {}),
                this::check,
                this::write);
        case "tags" ->
            each(
                name,
                list(parser, new TypeReference<List<TagView>>() {}),
                this::check,
                this::write);
        case "exchangeRates" ->
            each(
                name,
                list(parser, new TypeReference<List<ExchangeRate>>() {}),
                BackupChecks::exchangeRate,
                this::write);
        case "budgets" ->
            each(
                name, list(parser, new TypeReference<List<Budget>>() {}), this::check, this::write);
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
        throw invalid(problems);
      }
      for (int i = 0; i < items.size(); i++) {
        write.accept(section + "[" + i + "]", items.get(i));
      }
    }

    /** The profile's settings, through the same rules as a change of profile. */
    private void profile(Profile profile) {
      try {
        users.update(
            user,
            new ProfileChanges(
                Optional.ofNullable(profile.displayName()),
                profile.defaultCurrency() == null ? null : Optional.of(profile.defaultCurrency()),
                profile.timeZone() == null ? null : Optional.of(profile.timeZone()),
                Optional.ofNullable(profile.language())),
            null);
      } catch (ProblemException e) {
        throw invalid(
            e.fieldProblems().stream()
                .map(p -> new FieldProblem("profile." + p.field(), p.code(), p.message()))
                .toList());
      }
    }

    private void check(String at, Wallet w, List<FieldProblem> out) {
      BackupChecks.wallet(at, w, out);
      unique(at, w.id() == null ? null : w.id().value(), wallets, out);
    }

    private void write(String at, Wallet w) {
      UUID id = UUID.randomUUID();
      wallets.put(w.id().value(), id);
      currencies.put(w.id().value(), w.currency());
      balances.put(id, w.balance());
      walletFields.put(id, at);
      writer.wallet(user, id, w);
    }

    private void check(String at, Category c, List<FieldProblem> out) {
      BackupChecks.category(at, c, out);
      unique(at, c.id() == null ? null : c.id().value(), categories, out);
      if (c.name() != null
          && !categoryNames.add(c.type() + "/" + c.name().toLowerCase(Locale.ROOT))) {
        out.add(
            new FieldProblem(
                at + ".name", "duplicate", "Another category of this type has this name."));
      }
    }

    private void write(String at, Category c) {
      UUID id = UUID.randomUUID();
      categories.put(c.id().value(), id);
      categoryTypes.put(c.id().value(), c.type());
      writer.category(user, id, c);
    }

    private void check(String at, TagView t, List<FieldProblem> out) {
      BackupChecks.tag(at, t, out);
      unique(at, t.id() == null ? null : t.id().value(), tags, out);
      if (t.name() != null && !tagNames.add(t.name().toLowerCase(Locale.ROOT))) {
        out.add(new FieldProblem(at + ".name", "duplicate", "Another tag has this name."));
      }
    }

    private void write(String at, TagView t) {
      UUID id = UUID.randomUUID();
      tags.put(t.id().value(), id);
      writer.tag(user, id, t);
    }

    private void write(String at, ExchangeRate r) {
      exchangeRates++;
      writer.exchangeRate(user, r);
    }

    private void check(String at, Budget b, List<FieldProblem> out) {
      BackupChecks.budget(at, b, categoryTypes, out);
      unique(at, b.id() == null ? null : b.id().value(), budgets, out);
    }

    private void write(String at, Budget b) {
      UUID id = UUID.randomUUID();
      budgets.put(b.id().value(), id);
      writer.budget(
          user, id, b, b.categoryId() == null ? null : categories.get(b.categoryId().value()));
    }

    private void check(String at, Goal g, List<FieldProblem> out) {
      BackupChecks.goal(at, g, out);
      unique(at, g.id() == null ? null : g.id().value(), goals, out);
    }

    private void write(String at, Goal g) {
      UUID id = UUID.randomUUID();
      goals.put(g.id().value(), id);
      writer.goal(user, id, g, today);
    }

    private void check(String at, RecurringRule r, List<FieldProblem> out) {
      BackupChecks.rule(at, r, currencies, categoryTypes, out);
      unique(at, r.id() == null ? null : r.id().value(), rules, out);
    }

    private void write(String at, RecurringRule r) {
      UUID id = UUID.randomUUID();
      rules.put(r.id().value(), id);
      writer.rule(
          user,
          id,
          r,
          r.walletId() == null ? null : wallets.get(r.walletId().value()),
          r.categoryId() == null ? null : categories.get(r.categoryId().value()));
    }

    /** Notifications are written last: one may point to a transaction further down the file. */
    private void write(String at, Notification n) {
      notifications.add(n);
      if (n.subject() != null && n.subject().kind() == Subject.Kind.TRANSACTION) {
        pointedTo.put(n.subject().id(), null);
      }
    }

    private void unique(String at, UUID id, Map<UUID, UUID> seen, List<FieldProblem> out) {
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
        throw invalid(
            List.of(new FieldProblem("transactions", "invalid-format", "Must be a list.")));
      }
      Set<UUID> ruleIds = rules.keySet();
      Set<UUID> tagIds = tags.keySet();
      List<FieldProblem> problems = new ArrayList<>();
      while (parser.nextToken() != JsonToken.END_ARRAY) {
        String at = "transactions[" + transactions + "]";
        LedgerEntry entry = json.readValue(parser, LedgerEntry.class);
        transactions++;
        if (entry == null) {
          throw invalid(List.of(new FieldProblem(at, "required", "Is null.")));
        }
        BackupChecks.entry(at, entry, currencies, categoryTypes, tagIds, ruleIds, problems);
        if (!problems.isEmpty()) {
          throw invalid(problems);
        }
        batch.add(renumbered(entry));
        if (batch.size() == BATCH) {
          flush();
        }
      }
    }

    private LedgerEntry renumbered(LedgerEntry e) {
      UUID id = UUID.randomUUID();
      if (e.id() != null && pointedTo.containsKey(e.id().value())) {
        pointedTo.put(e.id().value(), id);
      }
      return new LedgerEntry(
          new TransactionId(id),
          e.type(),
          e.amount(),
          e.sourceWalletId() == null ? null : new WalletId(wallets.get(e.sourceWalletId().value())),
          e.targetWalletId() == null ? null : new WalletId(wallets.get(e.targetWalletId().value())),
          e.targetAmount(),
          e.categoryId() == null ? null : new CategoryId(categories.get(e.categoryId().value())),
          e.date(),
          e.note(),
          e.tagIds() == null
              ? List.of()
              : e.tagIds().stream().map(tag -> new TagId(tags.get(tag.value()))).toList(),
          e.recurringTransactionId() == null ? null : rules.get(e.recurringTransactionId()),
          e.version(),
          e.createdAt(),
          e.updatedAt());
    }

    private void flush() {
      if (!batch.isEmpty()) {
        writer.transactions(user, batch);
        batch.clear();
      }
    }

    /**
     * Writes the notifications, then settles every balance from the transactions and holds it to
     * the balance the backup states: a file whose balances do not add up is refused, not "fixed".
     */
    private void finish() {
      for (Notification n : notifications) {
        writer.notification(user, n, subject(n.subject()));
      }
      List<FieldProblem> problems = new ArrayList<>();
      writer
          .settleBalances(user)
          .forEach(
              (id, settled) -> {
                BigDecimal stated = balances.get(id);
                if (stated.compareTo(settled) != 0) {
                  problems.add(
                      new FieldProblem(
                          walletFields.get(id) + ".balance",
                          "balance-mismatch",
                          "Is "
                              + stated.toPlainString()
                              + ", but its opening balance and the backup's transactions make "
                              + settled.toPlainString()
                              + "."));
                }
              });
      if (!problems.isEmpty()) {
        throw invalid(problems);
      }
    }

    /**
     * The new id of what a notification points to. One that pointed to something deleted before the
     * backup keeps its id: it leads nowhere, as it did.
     */
    private UUID subject(Subject subject) {
      if (subject == null) {
        return null;
      }
      Map<UUID, UUID> ids =
          switch (subject.kind()) {
            case BUDGET -> budgets;
            case GOAL -> goals;
            case RECURRING_TRANSACTION -> rules;
            case TRANSACTION -> pointedTo;
          };
      UUID mapped = ids.get(subject.id());
      return mapped == null ? subject.id() : mapped;
    }
  }

  /** Adds the problems of one record of a backup to a list. */
  @FunctionalInterface
  private interface Check<T> {
    void check(String at, T item, List<FieldProblem> out);
  }

  private static ProblemException notABackup() {
    return invalid(
        List.of(
            new FieldProblem(
                "format",
                "not-a-backup",
                "Must start with \"format\": \""
                    + Backups.FORMAT
                    + "\" and \"version\": "
                    + Backups.VERSION
                    + ".")));
  }
}
