package com.spendwise.transaction;

/**
 * INCOME arrives in a target wallet, EXPENSE leaves a source wallet, TRANSFER moves from a source
 * to a different target wallet.
 */
public enum EntryType {
  INCOME,
  EXPENSE,
  TRANSFER
}
