package com.spendwise.rule;

import com.spendwise.category.Category;
import com.spendwise.category.CategoryService;
import com.spendwise.rule.RuleCondition.Field;
import com.spendwise.rule.RuleCondition.Match;
import com.spendwise.rule.RuleCondition.Operator;
import com.spendwise.rule.RuleDraft.RunsOn;
import com.spendwise.rule.internal.NoteKeys;
import com.spendwise.rule.internal.SuggestionRepository;
import com.spendwise.shared.ProblemException;
import com.spendwise.shared.Transactions;
import com.spendwise.transaction.EntryField;
import com.spendwise.transaction.LedgerEntry;
import com.spendwise.user.UserId;
import com.spendwise.user.UserService;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rules learnt with consent: each time a person gives a category to a transaction with a note, the
 * (cleaned note, category) pair is counted; at the third the pair is offered as a rule, which the
 * person accepts, edits or dismisses for good. Nothing is created silently, and the profile can
 * switch the offers off.
 */
@Service
public class Suggestions {

  /** The most offers shown at once. */
  public static final int MOST = 20;

  private final SuggestionRepository suggestions;
  private final UserService users;
  private final CategoryService categories;
  private final RuleService rules;
  private final Transactions transactions;

  Suggestions(
      SuggestionRepository suggestions,
      UserService users,
      CategoryService categories,
      RuleService rules,
      Transactions transactions) {
    this.suggestions = suggestions;
    this.users = users;
    this.categories = categories;
    this.rules = rules;
    this.transactions = transactions;
  }

  /** Counts the categories a person chose (inside the ledger's write). */
  void noticed(UserId user, List<LedgerEntry> entries) {
    List<LedgerEntry> chosen =
        entries.stream()
            .filter(e -> e.categoryId() != null && e.marks().personChose(EntryField.CATEGORY))
            .filter(e -> NoteKeys.key(e.note()) != null)
            .toList();
    if (chosen.isEmpty() || !users.get(user).suggestRules()) {
      return;
    }
    for (LedgerEntry entry : chosen) {
      suggestions.count(user, NoteKeys.key(entry.note()), entry.categoryId(), entry.note());
    }
  }

  /** The offers waiting for an answer, latest first; none when the person switched them off. */
  @Transactional(readOnly = true)
  public List<Suggestion> offered(UserId user) {
    if (!users.get(user).suggestRules()) {
      return List.of();
    }
    return suggestions.offered(user, MOST);
  }

  @Transactional(readOnly = true)
  public Suggestion get(UserId user, UUID id) {
    return suggestions.find(user, id).orElseThrow(Suggestions::notFound);
  }

  /** The rule an offer proposes, as a draft a person may change before saving. */
  @Transactional(readOnly = true)
  public RuleDraft draft(UserId user, UUID id) {
    Suggestion suggestion = get(user, id);
    Category category = categories.get(user, suggestion.categoryId());
    return new RuleDraft(
        suggestion.prefix() + " → " + category.name(),
        null,
        true,
        false,
        RunsOn.BOTH,
        Match.ALL,
        List.of(
            RuleCondition.of(Field.NOTE, Operator.STARTS_WITH, suggestion.prefix()),
            RuleCondition.of(Field.TYPE, Operator.IS, category.type().name())),
        List.of(
            new RuleAction(
                RuleAction.Type.SET_CATEGORY, suggestion.categoryId().value(), null, null)));
  }

  /** Creates the rule (as offered, or as the person changed it) and closes the offer. */
  public Rule accept(UserId user, UUID id, RuleDraft changed) {
    RuleDraft draft = changed != null ? changed : draft(user, id);
    return transactions.write(
        () -> {
          if (!suggestions.close(user, id, "ACCEPTED")) {
            throw notFound();
          }
          return rules.create(user, draft);
        });
  }

  /** Never offers this pair again. */
  public void dismiss(UserId user, UUID id) {
    transactions.write(
        () -> {
          if (!suggestions.close(user, id, "DISMISSED")) {
            throw notFound();
          }
          return null;
        });
  }

  static ProblemException notFound() {
    return ProblemException.notFound("The suggestion");
  }
}
