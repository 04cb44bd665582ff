package com.spendwise.exchange.internal;

import com.spendwise.category.Category;
import com.spendwise.category.CategoryDraft;
import com.spendwise.category.CategoryService;
import com.spendwise.category.CategoryType;
import com.spendwise.exchange.internal.ImportPlan.Planned;
import com.spendwise.transaction.EntryType;
import com.spendwise.transaction.LedgerEntry;
import com.spendwise.transaction.LedgerService;
import com.spendwise.transaction.TransactionId;
import com.spendwise.user.UserId;
import com.spendwise.wallet.Wallet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * What an import (direct or as a job) does with a statement's rows: plans them against the user's
 * categories, creates the categories asked for, and records a chunk at a time, each row's key
 * claimed first so that no row is recorded twice.
 */
@Component
public class ImportRecorder {

  private final CategoryService categories;
  private final ImportKeys keys;
  private final LedgerService ledger;

  ImportRecorder(CategoryService categories, ImportKeys keys, LedgerService ledger) {
    this.categories = categories;
    this.keys = keys;
    this.ledger = ledger;
  }

  /** Plans the rows; {@code known} is filled with the user's categories by name. */
  public ImportPlan plan(
      UserId user,
      Wallet wallet,
      List<StatementRow> rows,
      boolean createCategories,
      Map<String, Category> known) {
    known.putAll(categoriesByTypeAndName(user));
    return new ImportPlan(rows, wallet.currency(), known, createCategories);
  }

  /** The keys a preview would record: new to the wallet, and each once in the file. */
  public Set<String> freshKeys(Wallet wallet, List<Planned> planned) {
    Set<String> known = keys.known(wallet.id(), planned.stream().map(Planned::key).toList());
    Set<String> fresh = new HashSet<>();
    for (Planned p : planned) {
      if (!known.contains(p.key())) {
        fresh.add(p.key());
      }
    }
    return fresh;
  }

  /** Creates the plan's new categories and adds them to {@code known}; returns their names. */
  public List<String> createCategories(UserId user, ImportPlan plan, Map<String, Category> known) {
    plan.toCreate()
        .forEach(
            (key, name) -> {
              CategoryType type = CategoryType.valueOf(key.substring(0, key.indexOf(':')));
              known.put(key, categories.create(user, new CategoryDraft(name, type, null, null)));
            });
    return List.copyOf(plan.toCreate().values());
  }

  /**
   * Claims a chunk's keys (at most {@link LedgerService#MAX_BATCH} rows) and records the rows they
   * won in one ledger batch, in the caller's transaction; returns the keys recorded.
   */
  public Set<String> recordChunk(
      UserId user, Wallet wallet, List<Planned> chunk, Map<String, Category> known) {
    Set<String> claimed =
        keys.claim(user, wallet.id(), chunk.stream().map(Planned::key).distinct().toList());
    Set<String> won = new HashSet<>(claimed);
    List<Planned> fresh = new ArrayList<>();
    for (Planned p : chunk) {
      if (won.remove(p.key())) {
        fresh.add(p);
      }
    }
    if (fresh.isEmpty()) {
      return claimed;
    }
    List<LedgerEntry> created =
        ledger.importBatch(
            user, fresh.stream().map(p -> ImportPlan.draft(p, wallet.id(), known)).toList());
    Map<String, TransactionId> linked = new HashMap<>();
    for (int i = 0; i < fresh.size(); i++) {
      linked.put(fresh.get(i).key(), created.get(i).id());
    }
    keys.link(wallet.id(), linked);
    return claimed;
  }

  private Map<String, Category> categoriesByTypeAndName(UserId user) {
    Map<String, Category> byName = new HashMap<>();
    for (Category category : categories.all(user, null)) {
      byName.put(
          ImportPlan.categoryKey(EntryType.valueOf(category.type().name()), category.name()),
          category);
    }
    return byName;
  }
}
