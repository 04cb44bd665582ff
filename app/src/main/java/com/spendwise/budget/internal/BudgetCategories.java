package com.spendwise.budget.internal;

import com.spendwise.category.CategoryId;
import com.spendwise.category.CategoryReplaced;
import com.spendwise.category.CategoryUsage;
import com.spendwise.user.UserId;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Budgets for one category: whether there are any, and their move to a deleted one's heir. */
@Component
class BudgetCategories implements CategoryUsage {

  private final BudgetRepository budgets;

  BudgetCategories(BudgetRepository budgets) {
    this.budgets = budgets;
  }

  @Override
  public boolean uses(UserId user, CategoryId category) {
    return budgets.usesCategory(user, category);
  }

  /** In the deleting transaction, before the category's row goes. */
  @EventListener
  void on(CategoryReplaced event) {
    budgets.moveCategory(event.user(), event.replaced(), event.replacement());
  }
}
