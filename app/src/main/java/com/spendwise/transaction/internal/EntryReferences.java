package com.spendwise.transaction.internal;

import com.spendwise.category.Category;
import com.spendwise.category.CategoryId;
import com.spendwise.category.CategoryService;
import com.spendwise.shared.FieldProblem;
import com.spendwise.shared.ProblemException;
import com.spendwise.tag.TagId;
import com.spendwise.tag.TagService;
import com.spendwise.transaction.EntryDraft;
import com.spendwise.transaction.LedgerEntry;
import com.spendwise.transaction.TransactionId;
import com.spendwise.user.UserId;
import com.spendwise.wallet.Wallet;
import com.spendwise.wallet.WalletId;
import com.spendwise.wallet.WalletService;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/** What ledger drafts refer to: their wallets (moved, and so locked), categories and tags. */
@Component
public class EntryReferences {

  private final WalletService wallets;
  private final CategoryService categories;
  private final TagService tags;

  EntryReferences(WalletService wallets, CategoryService categories, TagService tags) {
    this.wallets = wallets;
    this.categories = categories;
    this.tags = tags;
  }

  /**
   * Moves (and so locks) every wallet in {@code deltas}, loads the drafts' categories and tags, and
   * fails with 404 naming each reference that is missing or another user's.
   */
  public Resolved resolve(
      UserId user,
      List<EntryDraft> drafts,
      Map<WalletId, BigDecimal> deltas,
      IntFunction<String> prefix) {
    Set<CategoryId> categoryIds = new HashSet<>();
    Set<TagId> tagIds = new HashSet<>();
    for (EntryDraft draft : drafts) {
      addIfPresent(categoryIds, draft.categoryId());
      if (draft.tagIds() != null) {
        tagIds.addAll(draft.tagIds());
      }
    }
    Map<WalletId, Wallet> locked = wallets.changeBalances(user, deltas);
    Map<CategoryId, Category> found =
        categoryIds.isEmpty() ? Map.of() : categories.find(user, categoryIds);
    Set<TagId> owned = tagIds.isEmpty() ? Set.of() : tags.owned(user, tagIds);
    List<FieldProblem> missing = new ArrayList<>();
    for (int i = 0; i < drafts.size(); i++) {
      EntryDraft draft = drafts.get(i);
      String p = prefix.apply(i);
      missingIf(draft.sourceWalletId(), locked, p + "sourceWalletId", "wallet", missing);
      missingIf(draft.targetWalletId(), locked, p + "targetWalletId", "wallet", missing);
      missingIf(draft.categoryId(), found, p + "categoryId", "category", missing);
      if (draft.tagIds() != null && !owned.containsAll(draft.tagIds())) {
        missing.add(new FieldProblem(p + "tagIds", "not-found", "Names a tag that was not found."));
      }
    }
    if (!missing.isEmpty()) {
      throw ProblemException.withFields(
          HttpStatus.NOT_FOUND, "not-found", "A referenced resource was not found.", missing);
    }
    return new Resolved(locked, found);
  }

  private static <K> void missingIf(
      K id, Map<K, ?> found, String field, String what, List<FieldProblem> missing) {
    if (id != null && !found.containsKey(id)) {
      missing.add(new FieldProblem(field, "not-found", "The " + what + " was not found."));
    }
  }

  private static <T> void addIfPresent(Set<T> set, T value) {
    if (value != null) {
      set.add(value);
    }
  }

  /** The wallets (locked) and categories the drafts refer to. */
  public record Resolved(Map<WalletId, Wallet> wallets, Map<CategoryId, Category> categories) {

    public LedgerEntry build(
        TransactionId id, EntryDraft draft, String prefix, List<FieldProblem> out) {
      return DraftRules.build(
          id,
          draft,
          draft.sourceWalletId() == null ? null : wallets.get(draft.sourceWalletId()),
          draft.targetWalletId() == null ? null : wallets.get(draft.targetWalletId()),
          draft.categoryId() == null ? null : categories.get(draft.categoryId()),
          prefix,
          out);
    }

    /** A change to an archived wallet's balance is refused; deleting history is not a change. */
    public void checkNotArchived(
        Map<WalletId, BigDecimal> deltas, String prefix, List<FieldProblem> out) {
      deltas.forEach(
          (id, delta) -> {
            if (delta.signum() != 0 && wallets.get(id).archived()) {
              out.add(
                  new FieldProblem(
                      prefix + "walletId",
                      "wallet-archived",
                      "Wallet " + id.value() + " is archived."));
            }
          });
    }
  }
}
