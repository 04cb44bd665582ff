package com.spendwise.transaction;

import com.spendwise.category.CategoryService;
import com.spendwise.shared.ETags;
import com.spendwise.shared.FieldProblem;
import com.spendwise.shared.Page;
import com.spendwise.shared.PageRequest;
import com.spendwise.shared.ProblemException;
import com.spendwise.shared.Transactions;
import com.spendwise.tag.TagService;
import com.spendwise.transaction.internal.DraftRules;
import com.spendwise.transaction.internal.EntryQuery;
import com.spendwise.transaction.internal.EntryReferences;
import com.spendwise.transaction.internal.EntryRepository;
import com.spendwise.transaction.internal.Spending;
import com.spendwise.user.UserId;
import com.spendwise.wallet.Wallet;
import com.spendwise.wallet.WalletId;
import com.spendwise.wallet.WalletService;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntFunction;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ledger: recording, editing and deleting money movements, with every affected wallet's balance
 * changed in the same database transaction. Wallets are locked in id order before any change, so
 * concurrent writers queue instead of losing updates, and a deadlock or serialization failure the
 * database still reports is retried by {@link Transactions}.
 */
@Service
public class LedgerService {

  public static final int MAX_BATCH = 1000;

  private final EntryRepository entries;
  private final WalletService wallets;
  private final CategoryService categories;
  private final TagService tags;
  private final Transactions transactions;
  private final Spending spending;
  private final EntryReferences references;

  LedgerService(
      EntryRepository entries,
      WalletService wallets,
      CategoryService categories,
      TagService tags,
      Transactions transactions,
      Spending spending,
      EntryReferences references) {
    this.entries = entries;
    this.wallets = wallets;
    this.categories = categories;
    this.tags = tags;
    this.transactions = transactions;
    this.spending = spending;
    this.references = references;
  }

  public LedgerEntry create(UserId user, EntryDraft draft) {
    return createAll(user, List.of(draft), null, i -> "").get(0);
  }

  /**
   * Records what recurring rules produced: {@code ruleIds.get(i)} made {@code drafts.get(i)}. All
   * or none, like a batch; joins the caller's database transaction.
   */
  public List<LedgerEntry> recordFromRules(
      UserId user, List<EntryDraft> drafts, List<UUID> ruleIds) {
    return createAll(user, drafts, ruleIds, i -> "items[" + i + "].");
  }

  /** The total of the user's expenses in each scope, in the order given, in one query. */
  @Transactional(readOnly = true)
  public List<BigDecimal> expenseTotals(UserId user, List<ExpenseScope> scopes) {
    return scopes.isEmpty() ? List.of() : entries.expenseTotals(user, scopes);
  }

  /** Creates up to {@link #MAX_BATCH} entries, all or none; problems name items[i]. */
  public List<LedgerEntry> createBatch(UserId user, List<EntryDraft> drafts) {
    if (drafts == null || drafts.isEmpty() || drafts.size() > MAX_BATCH) {
      throw ProblemException.invalidField(
          "items", "size", "Must hold 1 to " + MAX_BATCH + " transactions.");
    }
    return createAll(user, drafts, null, i -> "items[" + i + "].");
  }

  private List<LedgerEntry> createAll(
      UserId user, List<EntryDraft> drafts, List<UUID> ruleIds, IntFunction<String> prefix) {
    // Every item's problems are reported together, so shape problems do not stop the checks of
    // the other items against their wallets.
    List<FieldProblem> problems = new ArrayList<>();
    boolean[] misshapen = new boolean[drafts.size()];
    for (int i = 0; i < drafts.size(); i++) {
      int before = problems.size();
      DraftRules.checkShape(drafts.get(i), prefix.apply(i), problems);
      misshapen[i] = problems.size() > before;
    }
    return transactions.write(
        () -> {
          // Balances move first: that one statement per wallet also locks it, so the checks
          // below see wallets nobody else changes, and a refusal rolls the move back.
          Map<WalletId, BigDecimal> deltas = new HashMap<>();
          for (int i = 0; i < drafts.size(); i++) {
            if (misshapen[i]) {
              touch(deltas, drafts.get(i));
            } else {
              addEffect(deltas, drafts.get(i));
            }
          }
          EntryReferences.Resolved refs = references.resolve(user, drafts, deltas, prefix);
          List<LedgerEntry> built = new ArrayList<>();
          List<FieldProblem> archived = new ArrayList<>();
          for (int i = 0; i < drafts.size(); i++) {
            if (misshapen[i]) {
              continue;
            }
            LedgerEntry entry =
                refs.build(
                    new TransactionId(UUID.randomUUID()), drafts.get(i), prefix.apply(i), problems);
            if (entry != null) {
              built.add(ruleIds == null ? entry : entry.fromRule(ruleIds.get(i)));
              refs.checkNotArchived(entry.balanceEffect(), prefix.apply(i), archived);
            }
          }
          failIfAny(problems);
          failIfArchived(archived);
          List<LedgerEntry> stored = entries.insert(user, built);
          spending.changed(user, refs.wallets(), List.of(), stored);
          return stored;
        });
  }

  @Transactional(readOnly = true)
  public LedgerEntry get(UserId user, TransactionId id) {
    return entries.find(user, id).orElseThrow(LedgerService::notFound);
  }

  /** Replaces an entry; wallets it leaves and joins are adjusted by the difference. */
  public LedgerEntry update(UserId user, TransactionId id, EntryDraft draft, String ifMatch) {
    List<FieldProblem> problems = new ArrayList<>();
    DraftRules.checkShape(draft, "", problems);
    failIfAny(problems);
    return transactions.write(
        () -> {
          LedgerEntry current = entries.lock(user, id).orElseThrow(LedgerService::notFound);
          ETags.check(ifMatch, current.version());
          Map<WalletId, BigDecimal> deltas = new HashMap<>();
          current.addEffect(deltas, true);
          addEffect(deltas, draft);
          EntryReferences.Resolved refs = references.resolve(user, List.of(draft), deltas, i -> "");
          LedgerEntry next = refs.build(current.id(), draft, "", problems);
          failIfAny(problems);
          List<FieldProblem> archived = new ArrayList<>();
          refs.checkNotArchived(deltas, "", archived);
          failIfArchived(archived);
          LedgerEntry stored = entries.update(user, next);
          spending.changed(user, refs.wallets(), List.of(current), List.of(stored));
          return stored;
        });
  }

  /** Deletes an entry and takes its effect off its wallets, archived or not. */
  public void delete(UserId user, TransactionId id, String ifMatch) {
    transactions.write(
        () -> {
          LedgerEntry current = entries.lock(user, id).orElseThrow(LedgerService::notFound);
          ETags.check(ifMatch, current.version());
          Map<WalletId, BigDecimal> deltas = new HashMap<>();
          current.addEffect(deltas, true);
          Map<WalletId, Wallet> moved = wallets.changeBalances(user, deltas);
          entries.delete(user, id);
          spending.changed(user, moved, List.of(current), List.of());
          return null;
        });
  }

  /**
   * What a draft would do to its wallets, before its rules are checked: a refused draft rolls back
   * with everything else. What arrives is targetAmount when given, else the amount.
   */
  private static void addEffect(Map<WalletId, BigDecimal> deltas, EntryDraft draft) {
    if (draft.sourceWalletId() != null) {
      deltas.merge(draft.sourceWalletId(), draft.amount().negate(), BigDecimal::add);
    }
    if (draft.targetWalletId() != null) {
      BigDecimal arrived = draft.targetAmount() != null ? draft.targetAmount() : draft.amount();
      deltas.merge(draft.targetWalletId(), arrived, BigDecimal::add);
    }
  }

  /** Names a draft's wallets without moving money, so that they are locked and looked up. */
  private static void touch(Map<WalletId, BigDecimal> deltas, EntryDraft draft) {
    for (WalletId wallet : new WalletId[] {draft.sourceWalletId(), draft.targetWalletId()}) {
      if (wallet != null) {
        deltas.merge(wallet, BigDecimal.ZERO, BigDecimal::add);
      }
    }
  }

  /** A page of the user's entries, newest first; counts all matches only when asked. */
  @Transactional(readOnly = true)
  public Page<LedgerEntry> list(
      UserId user, EntryFilter filter, PageRequest page, boolean withTotal) {
    checkFilter(user, filter);
    if (filter.text() != null) {
      entries.planForTheseValues();
    }
    EntryQuery query = new EntryQuery(user, filter);
    List<Object> params = new ArrayList<>();
    String sql = query.pageSql(page.cursor(), page.limit(), params);
    Page<LedgerEntry> result =
        Page.of(entries.query(sql, params), page.limit(), EntryQuery::cursorOf);
    if (!withTotal) {
      return result;
    }
    List<Object> countParams = new ArrayList<>();
    return result.withTotal(entries.count(query.countSql(countParams), countParams));
  }

  private void checkFilter(UserId user, EntryFilter filter) {
    List<FieldProblem> problems = new ArrayList<>();
    if (filter.from() != null && filter.to() != null && filter.from().isAfter(filter.to())) {
      problems.add(new FieldProblem("from", "invalid-range", "Must not be after 'to'."));
    }
    if (filter.minAmount() != null
        && filter.maxAmount() != null
        && filter.minAmount().compareTo(filter.maxAmount()) > 0) {
      problems.add(
          new FieldProblem("minAmount", "invalid-range", "Must not be more than maxAmount."));
    }
    if (filter.text() != null
        && (filter.text().isBlank() || filter.text().length() > EntryFilter.MAX_TEXT)) {
      problems.add(
          new FieldProblem("q", "size", "Must be 1 to " + EntryFilter.MAX_TEXT + " characters."));
    }
    if (filter.tagIds() != null && filter.tagIds().size() > EntryDraft.MAX_TAGS) {
      problems.add(new FieldProblem("tagIds", "size", "At most " + EntryDraft.MAX_TAGS + " tags."));
    }
    failIfAny(problems);
    if (filter.walletId() != null) {
      wallets.get(user, filter.walletId());
    }
    if (filter.categoryId() != null) {
      categories.get(user, filter.categoryId());
    }
    if (filter.tagIds() != null
        && !tags.owned(user, filter.tagIds()).containsAll(filter.tagIds())) {
      throw ProblemException.notFound("A tag");
    }
  }

  private static void failIfAny(List<FieldProblem> problems) {
    if (!problems.isEmpty()) {
      throw ProblemException.invalidFields(problems);
    }
  }

  private static void failIfArchived(List<FieldProblem> archived) {
    if (!archived.isEmpty()) {
      throw ProblemException.withFields(
          HttpStatus.CONFLICT,
          "wallet-archived",
          "An archived wallet accepts no new transactions; unarchive it first.",
          archived);
    }
  }

  static ProblemException notFound() {
    return ProblemException.notFound("The transaction");
  }
}
