package com.spendwise.transaction;

import com.spendwise.user.UserId;
import java.util.List;

/**
 * What the rules that categorise do to the ledger's new entries, implemented by the rule module
 * (which depends on the ledger, not the other way round). Both run inside the ledger's database
 * transaction.
 */
public interface EntryRules {

  /**
   * The user's rules run on entries about to be recorded (built and checked, not stored yet): those
   * for imports when the entries are imported, those for new entries otherwise. Returns the entries
   * as the rules leave them, in the same order; a rule changes only category, tags and note, and
   * never a field a person chose.
   */
  List<LedgerEntry> onRecord(UserId user, List<LedgerEntry> entries);

  /** A person gave these entries their categories (on a form or through the API). */
  void personChose(UserId user, List<LedgerEntry> entries);
}
