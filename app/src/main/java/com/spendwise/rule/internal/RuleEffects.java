package com.spendwise.rule.internal;

import com.spendwise.category.CategoryId;
import com.spendwise.category.CategoryType;
import com.spendwise.rule.Rule;
import com.spendwise.rule.RuleAction;
import com.spendwise.rule.RuleCondition;
import com.spendwise.rule.RuleCondition.Field;
import com.spendwise.rule.RuleCondition.Match;
import com.spendwise.tag.TagId;
import com.spendwise.transaction.EntryDraft;
import com.spendwise.transaction.EntryField;
import com.spendwise.transaction.EntryMarks;
import com.spendwise.transaction.LedgerEntry;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * What a matching rule's actions make of an entry. A field a person chose is left alone; a field a
 * rule sets is marked with the rule's id. A category is set only on entries of its own type, and a
 * category or tag that no longer exists is skipped and reported, never written.
 */
public final class RuleEffects {

  /** What the actions need to know of the user's categories and tags as they are now. */
  public interface Lookups {
    /** The category's type, or null when the user has no such category. */
    CategoryType categoryType(UUID category);

    boolean tagExists(UUID tag);
  }

  /** The entry after the actions, and the problem that made one skip (null: none). */
  public record Result(LedgerEntry entry, String problem) {}

  private RuleEffects() {}

  public static Result apply(Rule rule, LedgerEntry entry, Lookups lookups) {
    UUID ruleId = rule.id().value();
    CategoryId category = entry.categoryId();
    String note = entry.note();
    Set<TagId> tags = new LinkedHashSet<>(entry.tagIds());
    EntryMarks marks = entry.marks();
    String problem = null;
    for (RuleAction action : rule.actions()) {
      switch (action.type()) {
        case SET_CATEGORY -> {
          if (marks.personChose(EntryField.CATEGORY)) {
            continue;
          }
          CategoryType type = lookups.categoryType(action.categoryId());
          if (type == null) {
            problem = "category-deleted";
          } else if (!type.name().equals(entry.type().name())) {
            problem = requiresType(rule) ? "category-wrong-type" : problem;
          } else if (!Objects.equals(category, new CategoryId(action.categoryId()))) {
            category = new CategoryId(action.categoryId());
            marks = marks.setByRule(EntryField.CATEGORY, ruleId);
          }
        }
        case ADD_TAGS, REMOVE_TAGS -> {
          if (marks.personChose(EntryField.TAGS)) {
            continue;
          }
          Set<TagId> before = new LinkedHashSet<>(tags);
          for (UUID tag : action.tagList()) {
            if (action.type() == RuleAction.Type.REMOVE_TAGS) {
              tags.remove(new TagId(tag));
            } else if (!lookups.tagExists(tag)) {
              problem = "tag-deleted";
            } else if (tags.size() < EntryDraft.MAX_TAGS) {
              tags.add(new TagId(tag));
            }
          }
          if (!tags.equals(before)) {
            marks = marks.setByRule(EntryField.TAGS, ruleId);
          }
        }
        case SET_NOTE, APPEND_NOTE -> {
          if (marks.personChose(EntryField.NOTE)) {
            continue;
          }
          String next;
          if (action.type() == RuleAction.Type.SET_NOTE) {
            next = action.value();
          } else if (note == null || note.isBlank()) {
            next = action.value();
          } else {
            // Appending what the note already ends with would grow it at every apply.
            next = note.endsWith(action.value()) ? note : note + " " + action.value();
          }
          if (next.length() <= EntryDraft.MAX_NOTE && !next.equals(note)) {
            note = next;
            marks = marks.setByRule(EntryField.NOTE, ruleId);
          }
        }
      }
    }
    return new Result(entry.withRuleFields(category, note, new ArrayList<>(tags), marks), problem);
  }

  /** Whether the rule asks for one type of transaction, so a category of another is a mistake. */
  static boolean requiresType(Rule rule) {
    return rule.match() == Match.ALL
        && rule.conditions().stream().anyMatch(c -> !c.isGroup() && c.field() == Field.TYPE);
  }

  /** The type a rule asks for (a top-level ALL condition), or null. */
  public static String requiredType(Rule rule) {
    return requiredType(rule.match(), rule.conditions());
  }

  public static String requiredType(Match match, List<RuleCondition> conditions) {
    if (match != Match.ALL || conditions == null) {
      return null;
    }
    return conditions.stream()
        .filter(c -> !c.isGroup() && c.field() == Field.TYPE && c.value() != null)
        .map(RuleCondition::value)
        .findFirst()
        .orElse(null);
  }
}
