package com.spendwise.budget.internal;

import com.spendwise.category.CategoryId;
import com.spendwise.category.CategoryReplaced;
import com.spendwise.category.CategoryUsage;
import com.spendwise.user.UserId;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Budgets for one category: whether there are any, and their move to a deleted one's heir. */
@Component
class BudgetCategories implements CategoryUsage {

  private final JdbcClient jdbc;

  BudgetCategories(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public boolean uses(UserId user, CategoryId category) {
    return jdbc.sql("SELECT EXISTS (SELECT 1 FROM budgets WHERE category_id = ? AND user_id = ?)")
        .params(category.value(), user.value())
        .query(Boolean.class)
        .single();
  }

  /** In the deleting transaction, before the category's row goes: its budgets move to the heir. */
  @EventListener
  void on(CategoryReplaced event) {
    jdbc.sql(
            "UPDATE budgets SET category_id = ?, version = version + 1, updated_at = now()"
                + " WHERE category_id = ? AND user_id = ?")
        .params(event.replacement().value(), event.replaced().value(), event.user().value())
        .update();
  }
}
