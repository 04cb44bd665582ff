package com.spendwise.category;

/** The kind of money movement a category classifies; it must match its transactions' type. */
public enum CategoryType {
  INCOME,
  EXPENSE,
  TRANSFER
}
