package com.spendwise.transaction;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Where a transaction's fields came from. {@code imported}: recorded from a statement; {@code
 * reviewed}: false while it waits in the review inbox; {@code byPerson}: the fields a person chose,
 * which no rule changes afterwards; {@code byRule}: each field a rule set, with the rule's id.
 */
public record EntryMarks(
    boolean imported, boolean reviewed, Set<EntryField> byPerson, Map<EntryField, UUID> byRule) {

  /** What an import records: nobody chose anything yet, and it waits to be reviewed. */
  public static final EntryMarks IMPORTED = new EntryMarks(true, false, Set.of(), Map.of());

  public EntryMarks {
    byPerson = byPerson == null || byPerson.isEmpty() ? Set.of() : Set.copyOf(byPerson);
    byRule = byRule == null ? Map.of() : Map.copyOf(byRule);
  }

  /** A new entry a person (or their recurring rule) recorded: the fields they filled are theirs. */
  public static EntryMarks chosen(boolean category, String note, List<?> tags) {
    Set<EntryField> fields = EnumSet.noneOf(EntryField.class);
    if (category) {
      fields.add(EntryField.CATEGORY);
    }
    if (note != null && !note.isBlank()) {
      fields.add(EntryField.NOTE);
    }
    if (tags != null && !tags.isEmpty()) {
      fields.add(EntryField.TAGS);
    }
    return new EntryMarks(false, true, fields, Map.of());
  }

  public boolean personChose(EntryField field) {
    return byPerson.contains(field);
  }

  /** The same marks, {@code field} set by rule {@code rule}. */
  public EntryMarks setByRule(EntryField field, UUID rule) {
    Map<EntryField, UUID> rules = new EnumMap<>(EntryField.class);
    rules.putAll(byRule);
    rules.put(field, rule);
    return new EntryMarks(imported, reviewed, byPerson, rules);
  }

  /**
   * After a person's edit that changed {@code changed}: those fields are theirs from now on, and
   * the entry counts as reviewed (the person has looked at it).
   */
  public EntryMarks editedByPerson(Set<EntryField> changed) {
    Set<EntryField> person = EnumSet.noneOf(EntryField.class);
    person.addAll(byPerson);
    person.addAll(changed);
    Map<EntryField, UUID> rules = new EnumMap<>(EntryField.class);
    rules.putAll(byRule);
    changed.forEach(rules::remove);
    return new EntryMarks(imported, true, person, rules);
  }
}
