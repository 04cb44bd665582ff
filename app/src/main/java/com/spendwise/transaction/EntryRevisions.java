package com.spendwise.transaction;

import com.spendwise.shared.Page;
import com.spendwise.shared.PageRequest;
import com.spendwise.shared.ProblemException;
import com.spendwise.shared.Transactions;
import com.spendwise.transaction.internal.EntryRepository;
import com.spendwise.transaction.internal.EntryWriter;
import com.spendwise.transaction.internal.ReviewRepository;
import com.spendwise.transaction.internal.Spending;
import com.spendwise.user.UserId;
import com.spendwise.wallet.Wallet;
import com.spendwise.wallet.WalletId;
import com.spendwise.wallet.WalletService;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to recorded entries that are not a person's edit: confirming them out of the review
 * inbox, and a rule revising their category, tags or note. Neither moves money, so no wallet is
 * locked; each entry is locked while it changes.
 */
@Service
public class EntryRevisions {

  /** The most entries one call revises or confirms: a rule's apply goes a chunk at a time. */
  public static final int MAX_CHUNK = 500;

  private final ReviewRepository review;
  private final EntryRepository entries;
  private final EntryWriter writer;
  private final Spending spending;
  private final WalletService wallets;
  private final Transactions transactions;

  EntryRevisions(
      ReviewRepository review,
      EntryRepository entries,
      EntryWriter writer,
      Spending spending,
      WalletService wallets,
      Transactions transactions) {
    this.review = review;
    this.entries = entries;
    this.writer = writer;
    this.spending = spending;
    this.wallets = wallets;
    this.transactions = transactions;
  }

  /**
   * The ids of the user's entries matching {@code filter}, in no order, in one statement: for a
   * filter the notes' index narrows (a text), far cheaper than walking it page by page.
   */
  @Transactional(readOnly = true)
  public List<TransactionId> candidates(UserId user, EntryFilter filter) {
    refuseIfInvalid(filter);
    return entries.ids(user, filter);
  }

  /** The entries waiting in the review inbox, oldest first. */
  @Transactional(readOnly = true)
  public Page<LedgerEntry> toReview(UserId user, PageRequest page) {
    return review.queue(user, page);
  }

  @Transactional(readOnly = true)
  public long waiting(UserId user) {
    return review.waiting(user);
  }

  /** Takes the entries out of the review inbox; returns how many were in it. */
  public int confirm(UserId user, List<TransactionId> ids) {
    checkChunk(ids);
    return transactions.write(() -> review.confirm(user, ids));
  }

  /**
   * Applies {@code change} to each of the user's entries among {@code ids} as it stands once
   * locked, and writes those it changed, in one database transaction; returns them as stored.
   * {@code change} may alter only category, tags, note and marks.
   */
  public List<LedgerEntry> revise(
      UserId user, List<TransactionId> ids, UnaryOperator<LedgerEntry> change) {
    checkChunk(ids);
    return transactions.write(
        () -> {
          List<LedgerEntry> before = new ArrayList<>();
          List<LedgerEntry> after = new ArrayList<>();
          for (LedgerEntry current : review.lockAll(user, ids)) {
            LedgerEntry next = change.apply(current);
            if (!next.fieldsChangedFrom(current).isEmpty()
                || !next.marks().equals(current.marks())) {
              before.add(current);
              after.add(next);
            }
          }
          if (after.isEmpty()) {
            return after;
          }
          List<LedgerEntry> stored = writer.updateRuleFields(user, before, after);
          Map<WalletId, Wallet> byId = new HashMap<>();
          wallets.all(user).forEach(wallet -> byId.put(wallet.id(), wallet));
          spending.changed(user, byId, before, stored);
          return stored;
        });
  }

  private static void refuseIfInvalid(EntryFilter filter) {
    if (!filter.problems().isEmpty()) {
      throw ProblemException.invalidFields(filter.problems());
    }
  }

  private static void checkChunk(List<TransactionId> ids) {
    if (ids == null
        || ids.isEmpty()
        || ids.size() > MAX_CHUNK
        || ids.stream().anyMatch(id -> id == null || id.value() == null)) {
      throw ProblemException.invalidField(
          "ids", "size", "Must hold 1 to " + MAX_CHUNK + " transactions.");
    }
  }
}
