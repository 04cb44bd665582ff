package com.spendwise.transaction;

import com.spendwise.transaction.internal.EntryRepository;
import com.spendwise.transaction.internal.EntryWriter;
import com.spendwise.user.UserId;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * A backup's transactions going back in (for the exchange module's restore): as they were recorded,
 * and no events (no budget alert, no notification): a restore repeats history, it does not make it.
 * The wallets' balances are the restore's to settle, once, when all are in.
 */
@Service
public class LedgerRestore {

  private final EntryRepository entries;
  private final EntryWriter writer;

  LedgerRestore(EntryRepository entries, EntryWriter writer) {
    this.entries = entries;
    this.writer = writer;
  }

  /** Whether the user has recorded anything: a restore goes only into an account without. */
  public boolean hasEntries(UserId user) {
    return entries.any(user);
  }

  /**
   * Entries whose ids and references are already the restored ones, in the caller's transaction, in
   * two statements however many there are.
   */
  public void restore(UserId user, List<LedgerEntry> batch) {
    writer.insertAsRecorded(user, batch);
  }
}
