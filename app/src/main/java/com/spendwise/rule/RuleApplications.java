package com.spendwise.rule;

import com.spendwise.category.CategoryId;
import com.spendwise.category.CategoryService;
import com.spendwise.rule.RuleCondition.Operator;
import com.spendwise.rule.internal.CompiledRule;
import com.spendwise.rule.internal.RuleEffects;
import com.spendwise.rule.internal.RuleSetRepository;
import com.spendwise.shared.Cursor;
import com.spendwise.shared.Page;
import com.spendwise.shared.PageRequest;
import com.spendwise.transaction.EntryFilter;
import com.spendwise.transaction.EntryRevisions;
import com.spendwise.transaction.EntryType;
import com.spendwise.transaction.LedgerEntry;
import com.spendwise.transaction.LedgerService;
import com.spendwise.transaction.TransactionId;
import com.spendwise.user.UserId;
import com.spendwise.wallet.WalletId;
import com.spendwise.wallet.WalletService;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * A rule run on transactions already recorded: a preview of what it would change (before and
 * after), then an apply that writes those changes a chunk at a time, each chunk its own database
 * transaction, so that the ledger keeps taking writes meanwhile. Fields a person chose are left
 * alone, and applying twice changes nothing the second time.
 *
 * <p>Both walk the ledger newest first, narrowed in SQL by what the rule cannot match without (its
 * top-level ALL conditions on note text, type, wallet, category and amount), and check the rule
 * itself on each row found.
 */
@Service
public class RuleApplications {

  /** The most rows one preview request reads before it answers with what it found so far. */
  public static final int SCAN_BUDGET = 20_000;

  private static final int READ_PAGE = PageRequest.MAX_LIMIT;

  /** A transaction the rule would change, as it is and as it would be. */
  public record Change(LedgerEntry before, LedgerEntry after) {}

  /**
   * Up to a page of changes; {@code nextCursor} continues the walk (null: it reached the oldest),
   * {@code scanned} is how many rows this request read.
   */
  public record Preview(List<Change> changes, String nextCursor, long scanned) {}

  /** What an apply did: transactions changed, rows read. */
  public record Applied(long changed, long scanned) {}

  private final RuleService rules;
  private final RuleSetRepository repository;
  private final RuleRunner runner;
  private final LedgerService ledger;
  private final EntryRevisions revisions;
  private final CategoryService categories;
  private final WalletService wallets;

  RuleApplications(
      RuleService rules,
      RuleSetRepository repository,
      RuleRunner runner,
      LedgerService ledger,
      EntryRevisions revisions,
      CategoryService categories,
      WalletService wallets) {
    this.rules = rules;
    this.repository = repository;
    this.runner = runner;
    this.ledger = ledger;
    this.revisions = revisions;
    this.categories = categories;
    this.wallets = wallets;
  }

  public Preview preview(UserId user, RuleId id, String cursor, int limit) {
    CompiledRule rule = new CompiledRule(rules.get(user, id));
    EntryFilter filter = narrowing(rule);
    if (namesSomethingGone(user, filter)) {
      return new Preview(List.of(), null, 0);
    }
    RuleEffects.Lookups lookups = runner.lookups(user);
    Map<RuleId, String> problems = new LinkedHashMap<>();
    List<Change> changes = new ArrayList<>();
    long scanned = 0;
    String at = cursor;
    while (true) {
      Page<LedgerEntry> page = ledger.list(user, filter, new PageRequest(READ_PAGE, at), false);
      for (LedgerEntry entry : page.items()) {
        scanned++;
        at = Cursor.encode(entry.date().toString(), entry.id().value().toString());
        LedgerEntry after = effect(rule, entry, lookups, problems);
        if (after != entry) {
          changes.add(new Change(entry, after));
        }
        if (changes.size() >= limit || scanned >= SCAN_BUDGET) {
          return new Preview(changes, at, scanned);
        }
      }
      if (page.nextCursor() == null) {
        return new Preview(changes, null, scanned);
      }
      at = page.nextCursor();
    }
  }

  public Applied apply(UserId user, RuleId id) {
    CompiledRule rule = new CompiledRule(rules.get(user, id));
    RuleEffects.Lookups lookups = runner.lookups(user);
    Map<RuleId, String> problems = new LinkedHashMap<>();
    EntryFilter filter = narrowing(rule);
    if (namesSomethingGone(user, filter)) {
      return new Applied(0, 0);
    }
    long changed = 0;
    if (filter.text() != null) {
      // The notes' index finds every candidate at once; each chunk is then locked, checked and
      // written, so no page of the list is read twice.
      List<TransactionId> candidates = revisions.candidates(user, filter);
      for (int from = 0; from < candidates.size(); from += EntryRevisions.MAX_CHUNK) {
        List<TransactionId> chunk =
            candidates.subList(from, Math.min(candidates.size(), from + EntryRevisions.MAX_CHUNK));
        changed += revise(user, rule, chunk, lookups, problems);
      }
      problems.forEach((rule1, problem) -> repository.reportProblem(user, rule1, problem));
      return new Applied(changed, candidates.size());
    }
    long scanned = 0;
    List<TransactionId> chunk = new ArrayList<>();
    for (List<LedgerEntry> page : ledger.pages(user, filter)) {
      for (LedgerEntry entry : page) {
        scanned++;
        if (effect(rule, entry, lookups, problems) != entry) {
          chunk.add(entry.id());
        }
        if (chunk.size() == EntryRevisions.MAX_CHUNK) {
          changed += revise(user, rule, chunk, lookups, problems);
          chunk.clear();
        }
      }
    }
    if (!chunk.isEmpty()) {
      changed += revise(user, rule, chunk, lookups, problems);
    }
    problems.forEach((rule1, problem) -> repository.reportProblem(user, rule1, problem));
    return new Applied(changed, scanned);
  }

  /**
   * Whether the rule requires a wallet or category the user no longer has: then it matches nothing,
   * which a preview and an apply say as such rather than as a missing filter's 404.
   */
  private boolean namesSomethingGone(UserId user, EntryFilter filter) {
    if (filter.categoryId() != null
        && categories.find(user, List.of(filter.categoryId())).isEmpty()) {
      return true;
    }
    return filter.walletId() != null
        && wallets.all(user).stream().noneMatch(w -> w.id().equals(filter.walletId()));
  }

  /** Writes the chunk, checking the rule again on each entry as it stands once locked. */
  private int revise(
      UserId user,
      CompiledRule rule,
      List<TransactionId> ids,
      RuleEffects.Lookups lookups,
      Map<RuleId, String> problems) {
    return revisions.revise(user, ids, entry -> effect(rule, entry, lookups, problems)).size();
  }

  /** The entry as the rule leaves it; the very same object when the rule changes nothing. */
  private static LedgerEntry effect(
      CompiledRule rule,
      LedgerEntry entry,
      RuleEffects.Lookups lookups,
      Map<RuleId, String> problems) {
    RuleEffects.Result result =
        RuleRunner.run(rule, CompiledRule.Subject.of(entry), lookups, problems);
    if (result == null
        || (result.entry().fieldsChangedFrom(entry).isEmpty()
            && result.entry().marks().equals(entry.marks()))) {
      return entry;
    }
    return result.entry();
  }

  /** The list filter the rule's required conditions allow: a superset of what it matches. */
  static EntryFilter narrowing(CompiledRule rule) {
    String text = null;
    EntryType type = null;
    WalletId wallet = null;
    CategoryId category = null;
    BigDecimal min = null;
    BigDecimal max = null;
    for (RuleCondition c : rule.required()) {
      switch (c.field()) {
        case NOTE -> {
          if (c.operator() != Operator.MATCHES
              && c.value().length() <= EntryFilter.MAX_TEXT
              && !c.value().isBlank()) {
            text = c.value();
          }
        }
        case TYPE -> type = EntryType.valueOf(c.value());
        case WALLET -> wallet = c.idList().size() == 1 ? new WalletId(c.idList().get(0)) : null;
        case CATEGORY ->
            category = c.operator() == Operator.IS ? new CategoryId(c.idList().get(0)) : category;
        case AMOUNT -> {
          BigDecimal value = new BigDecimal(c.value().strip());
          switch (c.operator()) {
            case GREATER -> min = value;
            case LESS -> max = value;
            case EQUALS -> {
              min = value;
              max = value;
            }
            default -> {
              min = value;
              max = new BigDecimal(c.value2().strip());
            }
          }
        }
        default -> {}
      }
    }
    return new EntryFilter(
        null, null, wallet, category, null, false, type, min, max, text, null, null);
  }
}
