package com.spendwise.transaction.internal;

import com.spendwise.category.CategoryReplaced;
import com.spendwise.transaction.EntryType;
import com.spendwise.transaction.ExpensesChanged;
import com.spendwise.transaction.LedgerEntry;
import com.spendwise.user.UserId;
import com.spendwise.wallet.Wallet;
import com.spendwise.wallet.WalletId;
import com.spendwise.wallet.WalletService;
import java.util.ArrayList;
import java.util.HashMap;
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
  private final EntryWriter entries;
  private final WalletService wallets;

  Spending(ApplicationEventPublisher events, EntryWriter entries, WalletService wallets) {
    this.events = events;
    this.entries = entries;
    this.wallets = wallets;
  }

  /**
   * A deleted category's entries move to its replacement, and the spending that moved is published
   * like any other: taken from the old category, added to the new one.
   */
  @EventListener
  void on(CategoryReplaced event) {
    List<EntryWriter.MovedExpenses> moved =
        entries.moveCategory(event.user(), event.replaced(), event.replacement());
    if (moved.isEmpty()) {
      return;
    }
    Map<WalletId, String> currencies = new HashMap<>();
    wallets.all(event.user()).forEach(w -> currencies.put(w.id(), w.currency()));
    List<ExpensesChanged.Change> changes = new ArrayList<>();
    for (EntryWriter.MovedExpenses expenses : moved) {
      String currency = currencies.get(expenses.wallet());
      changes.add(
          new ExpensesChanged.Change(
              event.replaced(), currency, expenses.date(), expenses.amount().negate()));
      changes.add(
          new ExpensesChanged.Change(
              event.replacement(), currency, expenses.date(), expenses.amount()));
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
