package com.spendwise.sharing;

/** What a member may do in a shared ledger. */
public enum Role {
  /** Everything an editor may, plus members, invitations, backup, restore and deleting it. */
  OWNER,
  /** Records, edits and plans: transactions, wallets, categories, tags, budgets, goals, rules. */
  EDITOR,
  /** Reads everything, changes nothing. */
  VIEWER;

  public boolean canWrite() {
    return this != VIEWER;
  }
}
