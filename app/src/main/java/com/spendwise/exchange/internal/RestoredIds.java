package com.spendwise.exchange.internal;

import com.spendwise.category.CategoryId;
import com.spendwise.category.CategoryType;
import com.spendwise.exchange.Restores.Restored;
import com.spendwise.notification.Subject;
import com.spendwise.tag.TagId;
import com.spendwise.transaction.EntryField;
import com.spendwise.transaction.EntryMarks;
import com.spendwise.transaction.LedgerEntry;
import com.spendwise.transaction.TransactionId;
import com.spendwise.wallet.WalletId;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The ids of one restore: every record of the backup gets a new id, and what refers to it follows.
 * Each map goes from an id in the file to the new one; the wallets' and categories' facts that the
 * checks need (currency, type) are kept by the id in the file.
 */
final class RestoredIds {

  final Map<UUID, UUID> wallets = new HashMap<>();
  final Map<UUID, String> currencies = new HashMap<>();

  /** The balance the backup states, and where it says so, by the wallet's new id. */
  final Map<UUID, BigDecimal> statedBalances = new HashMap<>();

  final Map<UUID, String> balanceFields = new HashMap<>();
  final Map<UUID, UUID> categories = new HashMap<>();
  final Map<UUID, CategoryType> categoryTypes = new HashMap<>();
  final Map<UUID, UUID> tags = new HashMap<>();
  final Map<UUID, UUID> budgets = new HashMap<>();
  final Map<UUID, UUID> goals = new HashMap<>();
  final Map<UUID, UUID> rules = new HashMap<>();
  final Map<UUID, UUID> categorising = new HashMap<>();

  /** Transactions a notification points to: only those ids are kept, not millions. */
  final Map<UUID, UUID> pointedTo = new HashMap<>();

  /** What the restore wrote: a record of each kind per id mapped, and the counts given. */
  Restored counted(int exchangeRates, int notifications, long transactions) {
    return new Restored(
        wallets.size(),
        categories.size(),
        tags.size(),
        exchangeRates,
        budgets.size(),
        goals.size(),
        rules.size(),
        notifications,
        transactions);
  }

  /** The new id of {@code old} in {@code ids}, a fresh one remembered there. */
  static UUID fresh(Map<UUID, UUID> ids, UUID old) {
    UUID id = UUID.randomUUID();
    ids.put(old, id);
    return id;
  }

  /**
   * The entry's marks with the new ids of the rules that set its fields; an entry of a version 1
   * backup, which had none, counts as chosen by its person and reviewed, as migration V14 has it.
   */
  EntryMarks marks(LedgerEntry e) {
    if (e.marks() == null) {
      return EntryMarks.chosen(e.categoryId() != null, e.note(), e.tagIds());
    }
    Map<EntryField, UUID> byRule = new EnumMap<>(EntryField.class);
    e.marks()
        .byRule()
        .forEach(
            (field, rule) -> {
              if (categorising.containsKey(rule)) {
                byRule.put(field, categorising.get(rule));
              }
            });
    return new EntryMarks(e.marks().imported(), e.marks().reviewed(), e.marks().byPerson(), byRule);
  }

  WalletId wallet(WalletId old) {
    return old == null ? null : new WalletId(wallets.get(old.value()));
  }

  CategoryId category(CategoryId old) {
    return old == null ? null : new CategoryId(categories.get(old.value()));
  }

  /** An entry of the file with a new id and the new ids of what it refers to. */
  LedgerEntry renumbered(LedgerEntry e) {
    UUID id = UUID.randomUUID();
    if (e.id() != null && pointedTo.containsKey(e.id().value())) {
      pointedTo.put(e.id().value(), id);
    }
    return new LedgerEntry(
        new TransactionId(id),
        e.type(),
        e.amount(),
        wallet(e.sourceWalletId()),
        wallet(e.targetWalletId()),
        e.targetAmount(),
        category(e.categoryId()),
        e.date(),
        e.note(),
        e.tagIds() == null
            ? List.of()
            : e.tagIds().stream().map(tag -> new TagId(tags.get(tag.value()))).toList(),
        e.recurringTransactionId() == null ? null : rules.get(e.recurringTransactionId()),
        e.version(),
        e.createdAt(),
        e.updatedAt(),
        marks(e));
  }

  /**
   * The new id of what a notification points to. One that pointed to something deleted before the
   * backup keeps its id: it leads nowhere, as it did.
   */
  UUID subject(Subject subject) {
    if (subject == null) {
      return null;
    }
    Map<UUID, UUID> ids =
        switch (subject.kind()) {
          case BUDGET -> budgets;
          case GOAL -> goals;
          case RECURRING_TRANSACTION -> rules;
          case TRANSACTION -> pointedTo;
        };
    UUID mapped = ids.get(subject.id());
    return mapped == null ? subject.id() : mapped;
  }
}
