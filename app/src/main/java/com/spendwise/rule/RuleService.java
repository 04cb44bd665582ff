package com.spendwise.rule;

import com.spendwise.category.Category;
import com.spendwise.category.CategoryId;
import com.spendwise.category.CategoryService;
import com.spendwise.rule.internal.RuleChecks;
import com.spendwise.rule.internal.RuleEffects;
import com.spendwise.rule.internal.RuleSetRepository;
import com.spendwise.shared.FieldProblem;
import com.spendwise.shared.PerUserLimit;
import com.spendwise.shared.ProblemException;
import com.spendwise.shared.Transactions;
import com.spendwise.shared.Versions;
import com.spendwise.tag.TagId;
import com.spendwise.tag.TagService;
import com.spendwise.user.UserId;
import com.spendwise.wallet.WalletId;
import com.spendwise.wallet.WalletService;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's rules: created, changed, reordered and deleted. A rule may name only its owner's
 * wallets, categories and tags (another user's id is a 404, as everywhere), and a category it sets
 * must be of the type the rule asks for.
 */
@Service
public class RuleService {

  /** How many rules one user may have. */
  public static final PerUserLimit LIMIT = new PerUserLimit("rules", 500);

  private final RuleSetRepository rules;
  private final WalletService wallets;
  private final CategoryService categories;
  private final TagService tags;
  private final Transactions transactions;

  RuleService(
      RuleSetRepository rules,
      WalletService wallets,
      CategoryService categories,
      TagService tags,
      Transactions transactions) {
    this.rules = rules;
    this.wallets = wallets;
    this.categories = categories;
    this.tags = tags;
    this.transactions = transactions;
  }

  public Rule create(UserId user, RuleDraft draft) {
    RuleDraft clean = checked(draft);
    return transactions.write(
        () -> {
          checkReferences(user, clean);
          rules.checkRoom(user, LIMIT);
          int position = clean.position() != null ? clean.position() : rules.nextPosition(user);
          return rules.insert(user, new RuleId(UUID.randomUUID()), clean, position);
        });
  }

  @Transactional(readOnly = true)
  public Rule get(UserId user, RuleId id) {
    return rules.find(user, id, false).orElseThrow(RuleService::notFound);
  }

  /** Every rule of the user, in the order they run (at most {@link #LIMIT}). */
  @Transactional(readOnly = true)
  public List<Rule> all(UserId user) {
    return rules.all(user);
  }

  public Rule update(UserId user, RuleId id, RuleDraft draft, Long expectedVersion) {
    RuleDraft clean = checked(draft);
    return transactions.write(
        () -> {
          Rule current = rules.find(user, id, true).orElseThrow(RuleService::notFound);
          Versions.check(expectedVersion, current.version());
          checkReferences(user, clean);
          int position = clean.position() != null ? clean.position() : current.position();
          return rules.update(user, id, clean, position);
        });
  }

  /** Moves a rule one place earlier ({@code up}) or later in the order rules run. */
  public List<Rule> move(UserId user, RuleId id, boolean up) {
    return transactions.write(
        () -> {
          rules.find(user, id, true).orElseThrow(RuleService::notFound);
          List<Rule> ordered = new ArrayList<>(rules.all(user));
          int at = indexOf(ordered, id);
          int other = up ? at - 1 : at + 1;
          if (other >= 0 && other < ordered.size()) {
            ordered.add(other, ordered.remove(at));
          }
          for (int i = 0; i < ordered.size(); i++) {
            Rule rule = ordered.get(i);
            if (rule.position() != i + 1) {
              rules.update(user, rule.id(), rule.draft(), i + 1);
            }
          }
          return rules.all(user);
        });
  }

  public void delete(UserId user, RuleId id, Long expectedVersion) {
    transactions.write(
        () -> {
          Rule current = rules.find(user, id, true).orElseThrow(RuleService::notFound);
          Versions.check(expectedVersion, current.version());
          rules.delete(user, id);
          return null;
        });
  }

  /** Removes the user's rules, which a restore replaces. */
  public void removeAllForRestore(UserId user) {
    rules.deleteAll(user);
  }

  /** A rule as a backup had it, under the id the restore chose. */
  public void restore(UserId user, RuleId id, Rule rule) {
    rules.restore(user, id, rule);
  }

  /** What is wrong with a rule's shape, before its references are looked up. */
  public static List<FieldProblem> problems(RuleDraft draft) {
    return RuleChecks.problems(draft);
  }

  private static int indexOf(List<Rule> ordered, RuleId id) {
    for (int i = 0; i < ordered.size(); i++) {
      if (ordered.get(i).id().equals(id)) {
        return i;
      }
    }
    throw notFound();
  }

  private static RuleDraft checked(RuleDraft draft) {
    if (draft == null) {
      throw ProblemException.invalidField("body", "required", "A rule is required.");
    }
    List<FieldProblem> problems = RuleChecks.problems(draft);
    if (!problems.isEmpty()) {
      throw ProblemException.invalidFields(problems);
    }
    return new RuleDraft(
        draft.name().strip(),
        draft.position(),
        draft.active() == null || draft.active(),
        draft.stopProcessing() != null && draft.stopProcessing(),
        draft.runsOn(),
        draft.match(),
        draft.conditions(),
        draft.actions());
  }

  /** 404 for a wallet, category or tag the user does not have; 400 for a category's wrong type. */
  private void checkReferences(UserId user, RuleDraft draft) {
    List<RuleCondition> leaves =
        draft.conditions().stream()
            .flatMap(c -> c.isGroup() ? c.conditions().stream() : Stream.of(c))
            .toList();
    Set<UUID> walletIds = new HashSet<>();
    Set<UUID> categoryIds = new HashSet<>();
    Set<UUID> tagIds = new HashSet<>();
    for (RuleCondition c : leaves) {
      switch (c.field()) {
        case WALLET -> walletIds.addAll(c.idList());
        case CATEGORY -> categoryIds.addAll(c.idList());
        case TAG -> tagIds.addAll(c.idList());
        default -> {}
      }
    }
    for (RuleAction a : draft.actions()) {
      if (a.categoryId() != null) {
        categoryIds.add(a.categoryId());
      }
      tagIds.addAll(a.tagList());
    }
    walletIds.forEach(wallet -> wallets.get(user, new WalletId(wallet)));
    Map<CategoryId, Category> found =
        categories.find(user, categoryIds.stream().map(CategoryId::new).toList());
    if (found.size() < categoryIds.size()) {
      throw ProblemException.notFound("A category");
    }
    List<TagId> wanted = tagIds.stream().map(TagId::new).toList();
    if (!tags.owned(user, wanted).containsAll(wanted)) {
      throw ProblemException.notFound("A tag");
    }
    String type = RuleEffects.requiredType(draft.match(), draft.conditions());
    for (int i = 0; i < draft.actions().size(); i++) {
      RuleAction a = draft.actions().get(i);
      if (a.type() == RuleAction.Type.SET_CATEGORY) {
        Category category = found.get(new CategoryId(a.categoryId()));
        if (type != null && !category.type().name().equals(type)) {
          throw ProblemException.invalidField(
              "actions[" + i + "].categoryId",
              "wrong-type",
              "The rule matches "
                  + type
                  + " transactions; '"
                  + category.name()
                  + "' is a category of "
                  + category.type()
                  + " transactions.");
        }
      }
    }
  }

  static ProblemException notFound() {
    return ProblemException.notFound("The rule");
  }
}
