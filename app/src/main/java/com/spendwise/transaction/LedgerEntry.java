package com.spendwise.transaction;

import com.spendwise.category.CategoryId;
import com.spendwise.tag.TagId;
import com.spendwise.wallet.WalletId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A recorded money movement (a row of the {@code transactions} table). Amounts are stored at their
 * currency's scale. {@code recurringTransactionId} names the recurring rule that produced it;
 * {@code marks} say where its fields came from; {@code actors} who made and last changed it.
 */
public record LedgerEntry(
    TransactionId id,
    EntryType type,
    BigDecimal amount,
    WalletId sourceWalletId,
    WalletId targetWalletId,
    BigDecimal targetAmount,
    CategoryId categoryId,
    LocalDate date,
    String note,
    List<TagId> tagIds,
    UUID recurringTransactionId,
    long version,
    Instant createdAt,
    Instant updatedAt,
    EntryMarks marks,
    EntryActors actors) {

  public LedgerEntry {
    actors = actors == null ? EntryActors.NONE : actors;
  }

  /** An entry not (yet) read back from the ledger: nobody's in particular. */
  public LedgerEntry(
      TransactionId id,
      EntryType type,
      BigDecimal amount,
      WalletId sourceWalletId,
      WalletId targetWalletId,
      BigDecimal targetAmount,
      CategoryId categoryId,
      LocalDate date,
      String note,
      List<TagId> tagIds,
      UUID recurringTransactionId,
      long version,
      Instant createdAt,
      Instant updatedAt,
      EntryMarks marks) {
    this(
        id,
        type,
        amount,
        sourceWalletId,
        targetWalletId,
        targetAmount,
        categoryId,
        date,
        note,
        tagIds,
        recurringTransactionId,
        version,
        createdAt,
        updatedAt,
        marks,
        EntryActors.NONE);
  }

  /** How this entry moves each wallet's balance: out of the source, into the target. */
  public Map<WalletId, BigDecimal> balanceEffect() {
    Map<WalletId, BigDecimal> effect = new HashMap<>();
    if (sourceWalletId != null) {
      effect.merge(sourceWalletId, amount.negate(), BigDecimal::add);
    }
    if (targetWalletId != null) {
      BigDecimal arrived = targetAmount != null ? targetAmount : amount;
      effect.merge(targetWalletId, arrived, BigDecimal::add);
    }
    return effect;
  }

  /**
   * How a write moves each wallet's balance when it takes {@code removed} away and records {@code
   * added}: the one sum that drafts, edits and deletes all go through.
   */
  public static Map<WalletId, BigDecimal> balanceEffect(
      List<LedgerEntry> removed, List<LedgerEntry> added) {
    Map<WalletId, BigDecimal> deltas = new HashMap<>();
    removed.forEach(
        entry ->
            entry
                .balanceEffect()
                .forEach((wallet, delta) -> deltas.merge(wallet, delta.negate(), BigDecimal::add)));
    added.forEach(
        entry -> entry.balanceEffect().forEach((w, d) -> deltas.merge(w, d, BigDecimal::add)));
    return deltas;
  }

  /** The same entry, produced by the recurring rule {@code ruleId}. */
  public LedgerEntry fromRule(UUID ruleId) {
    return new LedgerEntry(
        id,
        type,
        amount,
        sourceWalletId,
        targetWalletId,
        targetAmount,
        categoryId,
        date,
        note,
        tagIds,
        ruleId,
        version,
        createdAt,
        updatedAt,
        marks,
        actors);
  }

  /** The fields a rule may set that differ between {@code before} and this entry. */
  public Set<EntryField> fieldsChangedFrom(LedgerEntry before) {
    Set<EntryField> changed = EnumSet.noneOf(EntryField.class);
    if (!Objects.equals(categoryId, before.categoryId)) {
      changed.add(EntryField.CATEGORY);
    }
    if (!Objects.equals(note, before.note)) {
      changed.add(EntryField.NOTE);
    }
    if (!Set.copyOf(tagIds).equals(Set.copyOf(before.tagIds))) {
      changed.add(EntryField.TAGS);
    }
    return changed;
  }

  /** The same entry with other marks. */
  public LedgerEntry withMarks(EntryMarks next) {
    return new LedgerEntry(
        id,
        type,
        amount,
        sourceWalletId,
        targetWalletId,
        targetAmount,
        categoryId,
        date,
        note,
        tagIds,
        recurringTransactionId,
        version,
        createdAt,
        updatedAt,
        next,
        actors);
  }

  /** The same entry with the fields a rule may set changed, and the marks saying so. */
  public LedgerEntry withRuleFields(
      CategoryId category, String nextNote, List<TagId> tags, EntryMarks next) {
    return new LedgerEntry(
        id,
        type,
        amount,
        sourceWalletId,
        targetWalletId,
        targetAmount,
        category,
        date,
        nextNote,
        tags,
        recurringTransactionId,
        version,
        createdAt,
        updatedAt,
        next,
        actors);
  }
}
