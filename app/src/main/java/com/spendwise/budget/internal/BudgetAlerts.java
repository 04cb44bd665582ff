package com.spendwise.budget.internal;

import com.spendwise.budget.Budget;
import com.spendwise.category.CategoryId;
import com.spendwise.category.CategoryService;
import com.spendwise.notification.NotificationDraft;
import com.spendwise.notification.NotificationService;
import com.spendwise.notification.NotificationType;
import com.spendwise.notification.Subject;
import com.spendwise.shared.Money;
import com.spendwise.transaction.ExpensesChanged;
import com.spendwise.transaction.LedgerService;
import com.spendwise.user.UserId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Sends BUDGET_WARNING at 80% and BUDGET_EXCEEDED at 100% of a budget, in the database transaction
 * of the ledger write that got there. Each is sent at most once per budget and period: the
 * budget_alerts primary key decides, and the budget row is locked first, so concurrent writers take
 * turns and each sees the spending the previous one committed.
 *
 * <p>Only a write that adds spending to a period alerts. When one write crosses both lines, only
 * BUDGET_EXCEEDED is sent (the warning is recorded as spent, so it does not follow later).
 */
@Component
class BudgetAlerts {

  private static final BigDecimal WARNING_SHARE = new BigDecimal("0.8");

  private final BudgetRepository budgets;
  private final LedgerService ledger;
  private final CategoryService categories;
  private final NotificationService notifications;

  BudgetAlerts(
      BudgetRepository budgets,
      LedgerService ledger,
      CategoryService categories,
      NotificationService notifications) {
    this.budgets = budgets;
    this.ledger = ledger;
    this.categories = categories;
    this.notifications = notifications;
  }

  @EventListener
  void on(ExpensesChanged event) {
    Set<String> currencies = new HashSet<>();
    Set<UUID> categoryIds = new HashSet<>();
    LocalDate latest = LocalDate.MIN;
    for (ExpensesChanged.Change change : event.changes()) {
      currencies.add(change.currency());
      if (change.category() != null) {
        categoryIds.add(change.category().value());
      }
      latest = change.date().isAfter(latest) ? change.date() : latest;
    }
    for (Budget budget : budgets.lockCounting(event.user(), currencies, categoryIds, latest)) {
      Map<LocalDate, BigDecimal> added = new TreeMap<>();
      for (ExpensesChanged.Change change : event.changes()) {
        if (budget.counts(change.currency(), change.category(), change.date())) {
          added.merge(budget.period().startOf(change.date()), change.amount(), BigDecimal::add);
        }
      }
      added.forEach(
          (periodStart, amount) -> {
            if (amount.signum() > 0) {
              check(event.user(), budget, periodStart);
            }
          });
    }
  }

  private void check(UserId user, Budget budget, LocalDate periodStart) {
    BigDecimal spent = ledger.expenseTotals(user, List.of(budget.scope(periodStart))).get(0);
    boolean exceeded = spent.compareTo(budget.amount()) >= 0;
    if (!exceeded && spent.compareTo(budget.amount().multiply(WARNING_SHARE)) < 0) {
      return;
    }
    List<String> levels = exceeded ? List.of("WARNING", "EXCEEDED") : List.of("WARNING");
    List<String> recorded = budgets.recordAlerts(budget.id(), periodStart, levels);
    String level = exceeded ? "EXCEEDED" : "WARNING";
    if (recorded.contains(level)) {
      CategoryId category = budget.categoryId();
      String scope = category == null ? null : categories.get(user, category).name();
      notifications.send(
          new NotificationDraft(
              user,
              exceeded ? NotificationType.BUDGET_EXCEEDED : NotificationType.BUDGET_WARNING,
              message(budget, scope, periodStart, spent, exceeded),
              new Subject(Subject.Kind.BUDGET, budget.id().value()),
              Map.of(
                  "category", scope == null ? "" : scope,
                  "period", budget.period().key(periodStart),
                  "spent", spent.toPlainString(),
                  "amount", budget.amount().toPlainString(),
                  "currency", budget.currency())));
    }
  }

  private static String message(
      Budget budget, String category, LocalDate periodStart, BigDecimal spent, boolean exceeded) {
    String scope = category == null ? "overall" : category;
    String figures =
        Money.text(spent, budget.currency())
            + " of "
            + Money.text(budget.amount(), budget.currency())
            + " "
            + budget.currency();
    String what =
        budget.period().name().toLowerCase()
            + " "
            + scope
            + " budget for "
            + budget.period().key(periodStart);
    return exceeded
        ? "Your " + what + " is exceeded: " + figures + " spent."
        : "Your " + what + " is over 80% used: " + figures + " spent.";
  }
}
