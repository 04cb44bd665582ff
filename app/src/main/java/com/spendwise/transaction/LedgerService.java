package com.spendwise.transaction;

import com.spendwise.category.CategoryService;
import com.spendwise.shared.FieldProblem;
import com.spendwise.shared.KeysetWalk;
import com.spendwise.shared.Page;
import com.spendwise.shared.PageRequest;
import com.spendwise.shared.ProblemException;
import com.spendwise.shared.Transactions;
import com.spendwise.shared.Versions;
import com.spendwise.tag.TagService;
import com.spendwise.transaction.internal.DraftReferences;
import com.spendwise.transaction.internal.DraftReferences.References;
import com.spendwise.transaction.internal.DraftRules;
import com.spendwise.transaction.internal.EntryRepository;
import com.spendwise.transaction.internal.EntryWriter;
import com.spendwise.transaction.internal.Spending;
import com.spendwise.user.UserId;
import com.spendwise.wallet.Wallet;
import com.spendwise.wallet.WalletId;
import com.spendwise.wallet.WalletService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
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

  /** Rows per statement when walking every entry (see {@link #pages}). */
  public static final int EXPORT_PAGE = 500;

  private final EntryRepository entries;
  private final EntryWriter writer;
  private final WalletService wallets;
  private final CategoryService categories;
  private final TagService tags;
  private final Transactions transactions;
  private final Spending spending;
  private final DraftReferences references;
  private final EntryRules rules;

  LedgerService(
      EntryRepository entries,
      EntryWriter writer,
      WalletService wallets,
      CategoryService categories,
      TagService tags,
      Transactions transactions,
      Spending spending,
      DraftReferences references,
      EntryRules rules) {
    this.entries = entries;
    this.writer = writer;
    this.wallets = wallets;
    this.categories = categories;
    this.tags = tags;
    this.transactions = transactions;
    this.spending = spending;
    this.references = references;
    this.rules = rules;
  }

  public LedgerEntry create(UserId user, EntryDraft draft) {
    return createAll(user, List.of(draft), null, false, i -> "").get(0);
  }

  /**
   * Records what recurring rules produced: {@code ruleIds.get(i)} made {@code drafts.get(i)}. All
   * or none, like a batch; joins the caller's database transaction.
   */
  public List<LedgerEntry> recordFromRules(
      UserId user, List<EntryDraft> drafts, List<UUID> ruleIds) {
    return createAll(user, drafts, ruleIds, false, i -> "items[" + i + "].");
  }

  /** The total of the user's expenses in each scope, in the order given, in one query. */
  @Transactional(readOnly = true)
  public List<BigDecimal> expenseTotals(UserId user, List<ExpenseScope> scopes) {
    if (scopes.isEmpty()) {
      return List.of();
    }
    Map<WalletId, String> currencies = new HashMap<>();
    wallets.all(user).forEach(wallet -> currencies.put(wallet.id(), wallet.currency()));
    return entries.expenseTotals(user, scopes, currencies);
  }

  /** Creates up to {@link #MAX_BATCH} entries, all or none; problems name items[i]. */
  public List<LedgerEntry> createBatch(UserId user, List<EntryDraft> drafts) {
    if (drafts == null || drafts.isEmpty() || drafts.size() > MAX_BATCH) {
      throw ProblemException.invalidField(
          "items", "size", "Must hold 1 to " + MAX_BATCH + " transactions.");
    }
    return createAll(user, drafts, null, false, i -> "items[" + i + "].");
  }

  /**
   * Records a statement's rows, as {@link #createBatch} does: they are marked imported, wait in the
   * review inbox, and the rules for imports run on them.
   */
  public List<LedgerEntry> importBatch(UserId user, List<EntryDraft> drafts) {
    if (drafts.isEmpty() || drafts.size() > MAX_BATCH) {
      throw new IllegalArgumentException("An import records 1 to " + MAX_BATCH + " rows at once");
    }
    return createAll(user, drafts, null, true, i -> "items[" + i + "].");
  }

  /**
   * The write path of new entries, top to bottom: check each draft's shape, lock and load what the
   * drafts refer to, check the rules, move the balances, write. Every item's problems are reported
   * together; a missing reference is reported first (404), since the rest depends on it.
   */
  private List<LedgerEntry> createAll(
      UserId user,
      List<EntryDraft> drafts,
      List<UUID> ruleIds,
      boolean imported,
      IntFunction<String> prefix) {
    List<List<FieldProblem>> shapes =
        IntStream.range(0, drafts.size())
            .mapToObj(i -> DraftRules.shapeProblems(drafts.get(i), prefix.apply(i)))
            .toList();
    return transactions.write(
        () -> {
          References refs = references.lockAndLoad(user, drafts, List.of(), prefix);
          List<FieldProblem> problems = new ArrayList<>();
          shapes.forEach(problems::addAll);
          List<FieldProblem> archived = new ArrayList<>();
          List<LedgerEntry> built = new ArrayList<>();
          for (int i = 0; i < drafts.size(); i++) {
            if (!shapes.get(i).isEmpty()) {
              continue;
            }
            TransactionId id = new TransactionId(UUID.randomUUID());
            LedgerEntry entry =
                DraftRules.build(id, drafts.get(i), refs, prefix.apply(i), problems);
            if (entry != null) {
              entry = ruleIds == null ? entry : entry.fromRule(ruleIds.get(i));
              built.add(imported ? entry.withMarks(EntryMarks.IMPORTED) : entry);
              refs.checkNotArchived(entry.balanceEffect(), prefix.apply(i), archived);
            }
          }
          refuseIfAny(problems, archived);
          built = rules.onRecord(user, built);
          wallets.changeBalances(user, LedgerEntry.balanceEffect(List.of(), built));
          List<LedgerEntry> stored = writer.insert(user, built);
          spending.changed(user, refs.wallets(), List.of(), stored);
          if (!imported && ruleIds == null) {
            rules.personChose(user, stored);
          }
          return stored;
        });
  }

  @Transactional(readOnly = true)
  public LedgerEntry get(UserId user, TransactionId id) {
    return entries.find(user, id).orElseThrow(LedgerService::notFound);
  }

  /** Replaces an entry; wallets it leaves and joins are adjusted by the difference. */
  public LedgerEntry update(UserId user, TransactionId id, EntryDraft draft, Long expectedVersion) {
    refuseIfAny(DraftRules.shapeProblems(draft, ""), List.of());
    return transactions.write(
        () -> {
          LedgerEntry current = entries.lock(user, id).orElseThrow(LedgerService::notFound);
          Versions.check(expectedVersion, current.version());
          References refs =
              references.lockAndLoad(
                  user, List.of(draft), current.balanceEffect().keySet(), i -> "");
          List<FieldProblem> problems = new ArrayList<>();
          LedgerEntry built = DraftRules.build(current.id(), draft, refs, "", problems);
          refuseIfAny(problems, List.of());
          Set<EntryField> changed = built.fieldsChangedFrom(current);
          LedgerEntry next = built.withMarks(current.marks().editedByPerson(changed));
          Map<WalletId, BigDecimal> effect =
              LedgerEntry.balanceEffect(List.of(current), List.of(next));
          List<FieldProblem> archived = new ArrayList<>();
          refs.checkNotArchived(effect, "", archived);
          refuseIfAny(List.of(), archived);
          wallets.changeBalances(user, effect);
          LedgerEntry stored = writer.update(user, next);
          spending.changed(user, refs.wallets(), List.of(current), List.of(stored));
          if (changed.contains(EntryField.CATEGORY)) {
            rules.personChose(user, List.of(stored));
          }
          return stored;
        });
  }

  /** Deletes an entry and takes its effect off its wallets, archived or not. */
  public void delete(UserId user, TransactionId id, Long expectedVersion) {
    transactions.write(
        () -> {
          LedgerEntry current = entries.lock(user, id).orElseThrow(LedgerService::notFound);
          Versions.check(expectedVersion, current.version());
          Map<WalletId, Wallet> moved =
              wallets.changeBalances(user, LedgerEntry.balanceEffect(List.of(current), List.of()));
          writer.delete(user, id);
          spending.changed(user, moved, List.of(current), List.of());
          return null;
        });
  }

  /** A page of the user's entries, newest first; counts all matches only when asked. */
  @Transactional(readOnly = true)
  public Page<LedgerEntry> list(
      UserId user, EntryFilter filter, PageRequest page, boolean withTotal) {
    checkFilter(user, filter);
    Page<LedgerEntry> result = entries.page(user, filter, page);
    return withTotal ? result.withTotal(entries.count(user, filter)) : result;
  }

  /**
   * The sums of the entries matching {@code filter} by wallet and type: over the whole list, or by
   * day on {@code days} only (the days a page of the list shows).
   */
  @Transactional(readOnly = true)
  public List<EntrySums> sums(UserId user, EntryFilter filter, List<LocalDate> days) {
    checkFilter(user, filter);
    return entries.sums(user, filter, days);
  }

  /**
   * Every entry matching {@code filter}, newest first, in keyset pages of {@value #EXPORT_PAGE}
   * fetched only as they are consumed: memory stays constant however many there are, and no
   * statement reads more than a page. The filter is checked at once, as the list checks it, before
   * anything is fetched; entries recorded during the walk may or may not be included.
   */
  public Iterable<List<LedgerEntry>> pages(UserId user, EntryFilter filter) {
    checkFilter(user, filter);
    return () ->
        KeysetWalk.of(cursor -> entries.page(user, filter, new PageRequest(EXPORT_PAGE, cursor)));
  }

  private void checkFilter(UserId user, EntryFilter filter) {
    refuseIfAny(filter.problems(), List.of());
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

  /** Bad input (400) first, then money for archived wallets (409). */
  private static void refuseIfAny(List<FieldProblem> problems, List<FieldProblem> archived) {
    if (!problems.isEmpty()) {
      throw ProblemException.invalidFields(problems);
    }
    if (!archived.isEmpty()) {
      throw Wallet.archivedRefusal(archived);
    }
  }

  static ProblemException notFound() {
    return ProblemException.notFound("The transaction");
  }
}
