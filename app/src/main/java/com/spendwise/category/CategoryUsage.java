package com.spendwise.category;

import com.spendwise.user.UserId;

/**
 * Implemented by each module whose rows refer to categories (the ledger, recurring rules, budgets),
 * so that the category module need not read their tables: a category in use keeps its type, and its
 * deletion names a replacement, to which each such module moves its rows on {@link
 * CategoryReplaced}.
 */
public interface CategoryUsage {

  /** Whether any of the user's rows of this module refers to {@code category}. */
  boolean uses(UserId user, CategoryId category);
}
