package com.spendwise.exchange.internal;

import com.spendwise.budget.BudgetRestore;
import com.spendwise.category.CategoryRestore;
import com.spendwise.goal.GoalRestore;
import com.spendwise.notification.NotificationRestore;
import com.spendwise.recurring.RecurringRestore;
import com.spendwise.report.ExchangeRateRestore;
import com.spendwise.tag.TagRestore;
import com.spendwise.transaction.LedgerRestore;
import com.spendwise.user.UserId;
import com.spendwise.user.UserService;
import com.spendwise.wallet.WalletRestore;
import com.spendwise.wallet.WalletService;
import org.springframework.stereotype.Component;

/**
 * The modules a restore writes through: each writes its own tables (history as it was, no events),
 * this class only knows their order.
 */
@Component
public class ModuleRestores {

  final UserService users;
  final WalletService walletService;
  final WalletRestore wallets;
  final CategoryRestore categories;
  final TagRestore tags;
  final ExchangeRateRestore rates;
  final BudgetRestore budgets;
  final GoalRestore goals;
  final RecurringRestore rules;
  final NotificationRestore notifications;
  final LedgerRestore ledger;

  ModuleRestores(
      UserService users,
      WalletService walletService,
      WalletRestore wallets,
      CategoryRestore categories,
      TagRestore tags,
      ExchangeRateRestore rates,
      BudgetRestore budgets,
      GoalRestore goals,
      RecurringRestore rules,
      NotificationRestore notifications,
      LedgerRestore ledger) {
    this.users = users;
    this.walletService = walletService;
    this.wallets = wallets;
    this.categories = categories;
    this.tags = tags;
    this.rates = rates;
    this.budgets = budgets;
    this.goals = goals;
    this.rules = rules;
    this.notifications = notifications;
    this.ledger = ledger;
  }

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
    notifications.removeAll(user);
    budgets.removeAll(user);
    goals.removeAll(user);
    rules.removeAll(user);
    rates.removeAll(user);
    tags.removeAll(user);
    categories.removeAll(user);
    wallets.removeAll(user);
  }
}
