package com.spendwise.transaction.internal;

import com.spendwise.category.Category;
import com.spendwise.category.CategoryId;
import com.spendwise.category.CategoryService;
import com.spendwise.shared.FieldProblem;
import com.spendwise.shared.ProblemException;
import com.spendwise.tag.TagId;
import com.spendwise.tag.TagService;
import com.spendwise.transaction.EntryDraft;
import com.spendwise.user.UserId;
import com.spendwise.wallet.Wallet;
import com.spendwise.wallet.WalletId;
import com.spendwise.wallet.WalletService;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/** Locks and loads what ledger drafts refer to: their wallets, categories and tags. */
@Component
public class DraftReferences {

  private final WalletService wallets;
  private final CategoryService categories;
  private final TagService tags;

  DraftReferences(WalletService wallets, CategoryService categories, TagService tags) {
    this.wallets = wallets;
    this.categories = categories;
    this.tags = tags;
  }

  /**
   * Locks the drafts' wallets and {@code alsoLock} (in id order, until the transaction ends, so the
   * checks that follow see wallets nobody else changes), loads their categories and tags, and fails
   * with 404 naming each reference that is missing or another user's.
   */
  public References lockAndLoad(
      UserId user,
      List<EntryDraft> drafts,
      Collection<WalletId> alsoLock,
      IntFunction<String> prefix) {
    Set<WalletId> walletIds = new HashSet<>(alsoLock);
    Set<CategoryId> categoryIds = new HashSet<>();
    Set<TagId> tagIds = new HashSet<>();
    for (EntryDraft draft : drafts) {
      addIfPresent(walletIds, draft.sourceWalletId());
      addIfPresent(walletIds, draft.targetWalletId());
      addIfPresent(categoryIds, draft.categoryId());
      if (draft.tagIds() != null) {
        draft.tagIds().forEach(tag -> addIfPresent(tagIds, tag));
      }
    }
    Map<WalletId, Wallet> locked = wallets.lock(user, walletIds);
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
    return new References(locked, found);
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

  /** The (locked) wallets and the categories that drafts refer to. */
  public record References(Map<WalletId, Wallet> wallets, Map<CategoryId, Category> categories) {

    public Wallet wallet(WalletId id) {
      return id == null ? null : wallets.get(id);
    }

    public Category category(CategoryId id) {
      return id == null ? null : categories.get(id);
    }

    /** A problem for each archived wallet that {@code effect} would move money in or out of. */
    public void checkNotArchived(
        Map<WalletId, BigDecimal> effect, String prefix, List<FieldProblem> out) {
      effect.forEach(
          (id, delta) -> {
            if (delta.signum() != 0) {
              wallets.get(id).archivedProblem(prefix + "walletId").ifPresent(out::add);
            }
          });
    }
  }
}
