package com.spendwise.transaction.internal;

import com.spendwise.category.CategoryReplaced;
import com.spendwise.transaction.EntryType;
import com.spendwise.transaction.ExpensesChanged;
import com.spendwise.transaction.LedgerEntry;
import com.spendwise.user.UserId;
import com.spendwise.wallet.Wallet;
import com.spendwise.wallet.WalletId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the rest of the service, inside the write's transaction, how spending changed: after ledger
 * writes, and when a deleted category's entries move to its replacement.
 */
@Component
public class Spending {

  private final ApplicationEventPublisher events;
  private final EntryRepository entries;

  Spending(ApplicationEventPublisher events, EntryRepository entries) {
    this.events = events;
    this.entries = entries;
  }

  /**
   * A deleted category's entries move to its replacement, and the spending that moved is published
   * like any other: taken from the old category, added to the new one.
   */
  @EventListener
  void on(CategoryReplaced event) {
    List<ExpensesChanged.Change> changes = new ArrayList<>();
    for (EntryRepository.MovedExpenses moved :
        entries.moveCategory(event.user(), event.replaced(), event.replacement())) {
      changes.add(
          new ExpensesChanged.Change(
              event.replaced(), moved.currency(), moved.date(), moved.amount().negate()));
      changes.add(
          new ExpensesChanged.Change(
              event.replacement(), moved.currency(), moved.date(), moved.amount()));
    }
    publish(event.user(), changes);
  }

  /**
   * Publishes {@link ExpensesChanged} for a write that took {@code removed} away and recorded
   * {@code added}, when any of them is an expense. {@code wallets} holds their source wallets.
   */
  public void changed(
      UserId user,
      Map<WalletId, Wallet> wallets,
      List<LedgerEntry> removed,
      List<LedgerEntry> added) {
    List<ExpensesChanged.Change> changes = new ArrayList<>();
    removed.forEach(entry -> add(entry, true, wallets, changes));
    added.forEach(entry -> add(entry, false, wallets, changes));
    publish(user, changes);
  }

  private void publish(UserId user, List<ExpensesChanged.Change> changes) {
    if (!changes.isEmpty()) {
      events.publishEvent(new ExpensesChanged(user, List.copyOf(changes)));
    }
  }

  private static void add(
      LedgerEntry entry,
      boolean undo,
      Map<WalletId, Wallet> wallets,
      List<ExpensesChanged.Change> out) {
    if (entry.type() == EntryType.EXPENSE) {
      out.add(
          new ExpensesChanged.Change(
              entry.categoryId(),
              wallets.get(entry.sourceWalletId()).currency(),
              entry.date(),
              undo ? entry.amount().negate() : entry.amount()));
    }
  }
}
