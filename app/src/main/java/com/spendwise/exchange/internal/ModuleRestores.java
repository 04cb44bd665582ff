package com.spendwise.exchange.internal;

import com.spendwise.budget.BudgetRestore;
import com.spendwise.category.CategoryService;
import com.spendwise.goal.GoalRestore;
import com.spendwise.notification.NotificationService;
import com.spendwise.recurring.RecurringRestore;
import com.spendwise.report.ExchangeRateService;
import com.spendwise.rule.RuleService;
import com.spendwise.tag.TagService;
import com.spendwise.transaction.LedgerRestore;
import com.spendwise.user.UserId;
import com.spendwise.user.UserService;
import com.spendwise.wallet.WalletService;
import org.springframework.stereotype.Component;

/**
 * The modules a restore writes through: each writes its own tables (history as it was, no events),
 * this class only knows their order.
 */
@Component
public record ModuleRestores(
    UserService users,
    WalletService wallets,
    CategoryService categories,
    TagService tags,
    ExchangeRateService rates,
    BudgetRestore budgets,
    GoalRestore goals,
    RecurringRestore rules,
    RuleService categorising,
    NotificationService notifications,
    LedgerRestore ledger) {

  /**
   * Locks the account (nothing is recorded for it while the restore runs) and says whether it has
   * transactions, which a restore never replaces.
   */
  public boolean lockAndCheckEmpty(UserId user) {
    users.lock(user);
    return !ledger.hasEntries(user);
  }

  /** Removes what a restore replaces, those that refer to others first. */
  public void clear(UserId user) {
    notifications.removeAllForRestore(user);
    categorising.removeAllForRestore(user);
    budgets.removeAll(user);
    goals.removeAll(user);
    rules.removeAll(user);
    rates.removeAllForRestore(user);
    tags.removeAllForRestore(user);
    categories.removeAllForRestore(user);
    wallets.removeAllForRestore(user);
  }
}
