package com.spendwise.recurring.internal;

import com.spendwise.category.CategoryId;
import com.spendwise.category.CategoryReplaced;
import com.spendwise.category.CategoryUsage;
import com.spendwise.user.UserId;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Rules that record into one category: whether there are any, and their move to its heir. */
@Component
class RuleCategories implements CategoryUsage {

  private final RuleRepository rules;

  RuleCategories(RuleRepository rules) {
    this.rules = rules;
  }

  @Override
  public boolean uses(UserId user, CategoryId category) {
    return rules.usesCategory(user, category);
  }

  /** In the deleting transaction, before the category's row goes. */
  @EventListener
  void on(CategoryReplaced event) {
    rules.moveCategory(event.user(), event.replaced(), event.replacement());
  }
}
