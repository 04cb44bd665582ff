package com.spendwise.rule;

import com.spendwise.category.CategoryService;
import com.spendwise.category.CategoryType;
import com.spendwise.rule.internal.CompiledRule;
import com.spendwise.rule.internal.PatternTooSlow;
import com.spendwise.rule.internal.RuleCache;
import com.spendwise.rule.internal.RuleEffects;
import com.spendwise.rule.internal.RuleSetRepository;
import com.spendwise.tag.TagId;
import com.spendwise.tag.TagService;
import com.spendwise.transaction.EntryRules;
import com.spendwise.transaction.LedgerEntry;
import com.spendwise.user.UserId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Runs a person's rules on the ledger's new entries, in their order: each matching rule's actions
 * apply to the entry as the rules before it left it, and a rule that stops processing ends the run
 * for that entry. A rule skipped for a problem (its category gone, a pattern too slow) says so on
 * the rule.
 */
@Component
class RuleRunner implements EntryRules {

  private final RuleCache cache;
  private final RuleSetRepository rules;
  private final CategoryService categories;
  private final TagService tags;
  private final Suggestions suggestions;

  RuleRunner(
      RuleCache cache,
      RuleSetRepository rules,
      CategoryService categories,
      TagService tags,
      Suggestions suggestions) {
    this.cache = cache;
    this.rules = rules;
    this.categories = categories;
    this.tags = tags;
    this.suggestions = suggestions;
  }

  @Override
  public List<LedgerEntry> onRecord(UserId user, List<LedgerEntry> entries) {
    List<CompiledRule> active = cache.active(user);
    if (active.isEmpty()) {
      return entries;
    }
    RuleEffects.Lookups lookups = lookups(user);
    Map<RuleId, String> problems = new LinkedHashMap<>();
    List<LedgerEntry> out = new ArrayList<>(entries.size());
    for (LedgerEntry entry : entries) {
      LedgerEntry current = entry;
      CompiledRule.Subject subject = CompiledRule.Subject.of(entry);
      for (CompiledRule rule : active) {
        if (!rule.rule().runsOn().covers(entry.marks().imported())) {
          continue;
        }
        RuleEffects.Result result = run(rule, subject, lookups, problems);
        if (result == null) {
          continue;
        }
        if (result.entry() != current) {
          current = result.entry();
          subject = CompiledRule.Subject.of(current);
        }
        if (rule.rule().stopProcessing()) {
          break;
        }
      }
      out.add(current);
    }
    problems.forEach((rule, problem) -> rules.reportProblem(user, rule, problem));
    return out;
  }

  /** The rule's effect on the entry, or null when it does not match. */
  static RuleEffects.Result run(
      CompiledRule rule,
      CompiledRule.Subject subject,
      RuleEffects.Lookups lookups,
      Map<RuleId, String> problems) {
    boolean matches;
    try {
      matches = rule.matches(subject);
    } catch (PatternTooSlow e) {
      problems.put(rule.rule().id(), "pattern-too-slow");
      return null;
    }
    if (!matches) {
      return null;
    }
    RuleEffects.Result result = RuleEffects.apply(rule.rule(), subject.entry(), lookups);
    if (result.problem() != null) {
      problems.put(rule.rule().id(), result.problem());
    }
    return result;
  }

  @Override
  public void personChose(UserId user, List<LedgerEntry> entries) {
    suggestions.noticed(user, entries);
  }

  /**
   * The user's categories and tags, looked up once per run and only if an action needs them (most
   * new entries match no rule that sets one).
   */
  RuleEffects.Lookups lookups(UserId user) {
    return new RuleEffects.Lookups() {
      private Map<UUID, CategoryType> categoryTypes;
      private final Map<UUID, Boolean> tagsSeen = new HashMap<>();

      @Override
      public CategoryType categoryType(UUID category) {
        if (categoryTypes == null) {
          categoryTypes = new HashMap<>();
          categories.all(user, null).forEach(c -> categoryTypes.put(c.id().value(), c.type()));
        }
        return categoryTypes.get(category);
      }

      @Override
      public boolean tagExists(UUID tag) {
        return tagsSeen.computeIfAbsent(
            tag, t -> !tags.owned(user, Set.of(new TagId(t))).isEmpty());
      }
    };
  }
}
