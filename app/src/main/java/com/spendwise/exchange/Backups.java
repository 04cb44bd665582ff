package com.spendwise.exchange;

import com.spendwise.budget.BudgetService;
import com.spendwise.budget.BudgetStatus;
import com.spendwise.category.CategoryService;
import com.spendwise.exchange.internal.BackupJson;
import com.spendwise.goal.GoalService;
import com.spendwise.notification.NotificationService;
import com.spendwise.recurring.RecurringService;
import com.spendwise.report.ExchangeRateService;
import com.spendwise.rule.Rule;
import com.spendwise.rule.RuleService;
import com.spendwise.shared.Page;
import com.spendwise.shared.PageRequest;
import com.spendwise.tag.TagService;
import com.spendwise.transaction.EntryFilter;
import com.spendwise.transaction.LedgerEntry;
import com.spendwise.transaction.LedgerService;
import com.spendwise.user.UserId;
import com.spendwise.user.UserProfile;
import com.spendwise.user.UserService;
import com.spendwise.wallet.WalletService;
import java.time.Clock;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * A full backup of one user: one JSON document (format {@code spendwise-backup}, version 2,
 * described in docs/backup-format.md) with the profile and every wallet, category, tag, exchange
 * rate, budget, goal, recurring rule, rule that categorises, notification and transaction. It is
 * read in one read-only REPEATABLE READ transaction, so every balance in it equals its transactions
 * in it, and written as it is read: the transactions a keyset page at a time, so memory stays flat
 * however long the history.
 */
@Service
public class Backups {

  public static final String FORMAT = "spendwise-backup";
  public static final int VERSION = 2;

  /** Versions a restore still reads: 1 had no rules that categorise and no transaction marks. */
  public static final java.util.Set<Integer> READABLE = java.util.Set.of(1, 2);

  private final UserService users;
  private final WalletService wallets;
  private final CategoryService categories;
  private final TagService tags;
  private final ExchangeRateService rates;
  private final BudgetService budgets;
  private final GoalService goals;
  private final RecurringService recurring;
  private final NotificationService notifications;
  private final LedgerService ledger;
  private final RuleService categorising;
  private final TransactionTemplate snapshot;
  private final Clock clock;
  private final JsonMapper json = BackupJson.mapper();

  Backups(
      UserService users,
      WalletService wallets,
      CategoryService categories,
      TagService tags,
      ExchangeRateService rates,
      BudgetService budgets,
      GoalService goals,
      RecurringService recurring,
      NotificationService notifications,
      LedgerService ledger,
      RuleService categorising,
      PlatformTransactionManager transactionManager,
      Clock clock) {
    this.users = users;
    this.wallets = wallets;
    this.categories = categories;
    this.tags = tags;
    this.rates = rates;
    this.budgets = budgets;
    this.goals = goals;
    this.recurring = recurring;
    this.notifications = notifications;
    this.ledger = ledger;
    this.categorising = categorising;
    this.clock = clock;
    this.snapshot = new TransactionTemplate(transactionManager);
    snapshot.setReadOnly(true);
    snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
  }

  /** The user's backup, written when the response's body is. */
  public Exports.Body backup(UserId user) {
    users.get(user);
    return out ->
        snapshot.executeWithoutResult(
            status -> {
              try (JsonGenerator gen = json.createGenerator(out)) {
                write(user, gen);
              }
            });
  }

  private void write(UserId user, JsonGenerator gen) {
    UserProfile profile = users.get(user);
    gen.writeStartObject();
    gen.writeStringProperty("format", FORMAT);
    gen.writeNumberProperty("version", VERSION);
    gen.writeStringProperty("createdAt", clock.instant().toString());
    gen.writeName("profile");
    gen.writeStartObject();
    gen.writeStringProperty("email", profile.email());
    gen.writeStringProperty("displayName", profile.displayName());
    gen.writeStringProperty("defaultCurrency", profile.defaultCurrency());
    gen.writeStringProperty("timeZone", profile.timeZone());
    gen.writeStringProperty("language", profile.language());
    gen.writeEndObject();
    all(gen, "wallets", page -> wallets.list(user, page), item -> item);
    all(gen, "categories", page -> categories.list(user, null, page), item -> item);
    all(gen, "tags", page -> tags.list(user, page), item -> item);
    all(gen, "exchangeRates", page -> rates.list(user, page), item -> item);
    all(gen, "budgets", page -> budgets.list(user, page), BudgetStatus::budget);
    all(gen, "goals", page -> goals.list(user, page), item -> item);
    all(gen, "recurringTransactions", page -> recurring.list(user, page), item -> item);
    gen.writeName("rules");
    gen.writeStartArray();
    for (Rule rule : categorising.all(user)) {
      gen.writePOJO(rule);
    }
    gen.writeEndArray();
    all(gen, "notifications", page -> notifications.list(user, false, page), item -> item);
    gen.writeName("transactions");
    gen.writeStartArray();
    for (var page : ledger.pages(user, EntryFilter.none())) {
      for (LedgerEntry entry : page) {
        gen.writePOJO(entry);
      }
      gen.flush();
    }
    gen.writeEndArray();
    gen.writeEndObject();
  }

  private static <T> void all(
      JsonGenerator gen,
      String name,
      Function<PageRequest, Page<T>> list,
      Function<T, Object> written) {
    gen.writeName(name);
    gen.writeStartArray();
    String cursor = null;
    do {
      Page<T> page = list.apply(new PageRequest(PageRequest.MAX_LIMIT, cursor));
      page.items().forEach(item -> gen.writePOJO(written.apply(item)));
      cursor = page.nextCursor();
    } while (cursor != null);
    gen.writeEndArray();
  }
}
