package com.spendwise.transaction;

import com.spendwise.category.CategoryType;

/**
 * INCOME arrives in a target wallet, EXPENSE leaves a source wallet, TRANSFER moves from a source
 * to a different target wallet.
 */
public enum EntryType {
  INCOME,
  EXPENSE,
  TRANSFER;

  /** Categories of the same name classify entries of this type. */
  public CategoryType categoryType() {
    return CategoryType.valueOf(name());
  }
}
