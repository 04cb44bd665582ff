package com.spendwise.category;

import com.spendwise.category.internal.CategoryRepository;
import com.spendwise.category.internal.DefaultCategories;
import com.spendwise.shared.FieldProblem;
import com.spendwise.shared.Page;
import com.spendwise.shared.PageRequest;
import com.spendwise.shared.PerUserLimit;
import com.spendwise.shared.ProblemException;
import com.spendwise.shared.Transactions;
import com.spendwise.shared.Versions;
import com.spendwise.user.LanguageChanged;
import com.spendwise.user.UserId;
import com.spendwise.user.UserProvisioned;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Categories of income, spending and transfers; names are unique per user and type. */
@Service
public class CategoryService {

  /** How many categories one user may have; the API refuses one more with 422 limit-reached. */
  public static final PerUserLimit LIMIT = new PerUserLimit("categories", 1000);

  private final CategoryRepository categories;
  private final Transactions transactions;
  private final ApplicationEventPublisher events;
  private final List<CategoryUsage> usages;

  CategoryService(
      CategoryRepository categories,
      Transactions transactions,
      ApplicationEventPublisher events,
      List<CategoryUsage> usages) {
    this.categories = categories;
    this.transactions = transactions;
    this.events = events;
    this.usages = usages;
  }

  /** A new user starts with a usable set, created in the transaction that created the user. */
  @EventListener
  void giveDefaults(UserProvisioned event) {
    categories.insertAll(event.user(), DefaultCategories.in(event.language()));
  }

  /**
   * Starting categories the user never renamed take the names of the profile's new language; one
   * whose new name the user already gave another category keeps its name.
   */
  @EventListener
  void followLanguage(LanguageChanged event) {
    List<CategoryDraft> names = DefaultCategories.in(event.language());
    for (int i = 0; i < names.size(); i++) {
      CategoryDraft wanted = names.get(i);
      categories.renameUntouched(
          event.user(), wanted.type(), DefaultCategories.namesAt(i), wanted.name());
    }
  }

  public Category create(UserId user, CategoryDraft draft) {
    validate(draft);
    return transactions.write(
        () -> {
          ensureNameFree(user, draft, null);
          categories.checkRoom(user, LIMIT);
          return categories.insert(
              user, draft.name().strip(), draft.type(), draft.icon(), draft.color());
        });
  }

  @Transactional(readOnly = true)
  public Category get(UserId user, CategoryId id) {
    return categories.find(user, id).orElseThrow(CategoryService::notFound);
  }

  /** The user's categories among {@code ids}; missing and foreign ones are absent. */
  @Transactional(readOnly = true)
  public Map<CategoryId, Category> find(UserId user, Collection<CategoryId> ids) {
    return categories.findAll(user, ids);
  }

  @Transactional(readOnly = true)
  public Page<Category> list(UserId user, CategoryType type, PageRequest page) {
    return categories.page(user, type, page);
  }

  /** All the user's categories of {@code type} (all types when null), by name: for choosing one. */
  @Transactional(readOnly = true)
  public List<Category> all(UserId user, CategoryType type) {
    return LIMIT.all(page -> categories.page(user, type, page));
  }

  /**
   * Replaces a category. Its type is fixed while transactions, rules or budgets use it, because
   * their types must match it; the database enforces that too.
   */
  public Category update(UserId user, CategoryId id, CategoryDraft draft, Long expectedVersion) {
    validate(draft);
    return transactions.write(
        () -> {
          Category current = categories.lock(user, id).orElseThrow(CategoryService::notFound);
          Versions.check(expectedVersion, current.version());
          if (current.type() != draft.type() && inUse(user, id)) {
            throw ProblemException.conflict(
                "category-in-use",
                "The type of a category in use cannot change; create a new category instead.");
          }
          ensureNameFree(user, draft, id);
          return categories.update(
              user, id, draft.name().strip(), draft.type(), draft.icon(), draft.color());
        });
  }

  /**
   * Deletes a category. One in use needs a replacement of the same type, to which its transactions,
   * recurring rules and budgets move in the same database transaction: each of those modules moves
   * its own on {@link CategoryReplaced} (the ledger also tells budgets of the spending that moved).
   */
  public void delete(UserId user, CategoryId id, CategoryId replacement, Long expectedVersion) {
    transactions.write(
        () -> {
          Category current = categories.lock(user, id).orElseThrow(CategoryService::notFound);
          Versions.check(expectedVersion, current.version());
          if (replacement != null) {
            Category target =
                categories
                    .lock(user, replacement)
                    .orElseThrow(() -> ProblemException.notFound("The replacement category"));
            if (target.id().equals(id) || target.type() != current.type()) {
              throw ProblemException.invalidField(
                  "replacementId",
                  "invalid-replacement",
                  "Must be another category of type " + current.type() + ".");
            }
            events.publishEvent(new CategoryReplaced(user, id, replacement));
          } else if (inUse(user, id)) {
            throw ProblemException.conflict(
                "category-in-use",
                "This category is used by transactions, recurring transactions or budgets;"
                    + " name a replacementId of the same type to move them there.");
          }
          categories.delete(user, id);
          return null;
        });
  }

  private boolean inUse(UserId user, CategoryId id) {
    return usages.stream().anyMatch(usage -> usage.uses(user, id));
  }

  private void ensureNameFree(UserId user, CategoryDraft draft, CategoryId self) {
    if (categories.nameTaken(user, draft.type(), draft.name().strip(), self)) {
      throw ProblemException.conflict(
          "name-taken", "You already have a " + draft.type() + " category with this name.");
    }
  }

  private static void validate(CategoryDraft draft) {
    List<FieldProblem> problems = new ArrayList<>();
    if (draft.name() == null || draft.name().isBlank() || draft.name().strip().length() > 50) {
      problems.add(new FieldProblem("name", "size", "Must be 1 to 50 characters."));
    }
    if (draft.type() == null) {
      problems.add(
          new FieldProblem("type", "required", "Must be one of INCOME, EXPENSE, TRANSFER."));
    }
    if (draft.icon() != null && draft.icon().length() > 50) {
      problems.add(new FieldProblem("icon", "size", "Must be at most 50 characters."));
    }
    if (draft.color() != null && !draft.color().matches("#[0-9A-Fa-f]{6}")) {
      problems.add(
          new FieldProblem("color", "invalid-format", "Must be a hex colour such as #2E7D32."));
    }
    if (!problems.isEmpty()) {
      throw ProblemException.invalidFields(problems);
    }
  }

  static ProblemException notFound() {
    return ProblemException.notFound("The category");
  }

  // What a restore of a backup writes (for the exchange module): rows as the backup has them,
  // under the ids the restore chose, without the reactions of a create.

  /** Removes the user's categories (a new account's starting ones), which a restore replaces. */
  public void removeAllForRestore(UserId user) {
    categories.deleteAll(user);
  }

  public void restore(UserId user, CategoryId id, Category category) {
    categories.restore(user, id, category);
  }
}
