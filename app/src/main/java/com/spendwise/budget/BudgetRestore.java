package com.spendwise.budget;

import com.spendwise.budget.internal.BudgetRepository;
import com.spendwise.category.CategoryId;
import com.spendwise.user.UserId;
import org.springframework.stereotype.Service;

/**
 * A backup's budgets going back in (for the exchange module's restore): as the backup has them,
 * under the ids the restore chose. No alerts: a restore repeats history, it does not make it.
 */
@Service
public class BudgetRestore {

  private final BudgetRepository budgets;

  BudgetRestore(BudgetRepository budgets) {
    this.budgets = budgets;
  }

  /** Removes the user's budgets, which a restore replaces. */
  public void removeAll(UserId user) {
    budgets.deleteAll(user);
  }

  public void restore(UserId user, BudgetId id, Budget budget, CategoryId category) {
    budgets.restore(user, id, budget, category);
  }
}
