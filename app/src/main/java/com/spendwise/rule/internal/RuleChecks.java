package com.spendwise.rule.internal;

import com.spendwise.rule.RuleAction;
import com.spendwise.rule.RuleCondition;
import com.spendwise.rule.RuleCondition.Field;
import com.spendwise.rule.RuleCondition.Operator;
import com.spendwise.rule.RuleDraft;
import com.spendwise.shared.FieldProblem;
import com.spendwise.transaction.EntryDraft;
import com.spendwise.transaction.EntryType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** The shape of a rule: what a rule must hold before its references are looked up. */
public final class RuleChecks {

  public static final int MAX_CONDITIONS = 20;
  public static final int MAX_ACTIONS = 10;
  public static final int MAX_TEXT = 200;
  public static final int MAX_IDS = 20;

  /** The operators each field takes. */
  static final Map<Field, Set<Operator>> OPERATORS =
      Map.of(
          Field.NOTE,
          EnumSet.of(
              Operator.CONTAINS,
              Operator.STARTS_WITH,
              Operator.ENDS_WITH,
              Operator.EQUALS,
              Operator.MATCHES),
          Field.AMOUNT,
          EnumSet.of(Operator.EQUALS, Operator.BETWEEN, Operator.GREATER, Operator.LESS),
          Field.TYPE,
          EnumSet.of(Operator.IS),
          Field.WALLET,
          EnumSet.of(Operator.IS, Operator.ONE_OF),
          Field.CATEGORY,
          EnumSet.of(Operator.IS, Operator.EMPTY),
          Field.TAG,
          EnumSet.of(Operator.HAS, Operator.NONE),
          Field.DAY_OF_MONTH,
          EnumSet.of(Operator.BETWEEN),
          Field.IMPORTED,
          EnumSet.of(Operator.IS));

  private RuleChecks() {}

  public static List<FieldProblem> problems(RuleDraft draft) {
    List<FieldProblem> problems = new ArrayList<>();
    if (draft.name() == null || draft.name().isBlank() || draft.name().strip().length() > 100) {
      problems.add(new FieldProblem("name", "size", "Must be 1 to 100 characters."));
    }
    if (draft.runsOn() == null) {
      problems.add(new FieldProblem("runsOn", "required", "Choose CREATE, IMPORT or BOTH."));
    }
    if (draft.match() == null) {
      problems.add(new FieldProblem("match", "required", "Choose ALL or ANY."));
    }
    if (draft.position() != null && (draft.position() < 1 || draft.position() > 100_000)) {
      problems.add(new FieldProblem("position", "range", "Must be 1 to 100000."));
    }
    List<RuleCondition> conditions = draft.conditions();
    if (conditions == null || conditions.isEmpty() || conditions.size() > MAX_CONDITIONS) {
      problems.add(
          new FieldProblem("conditions", "size", "Must hold 1 to " + MAX_CONDITIONS + "."));
    } else {
      for (int i = 0; i < conditions.size(); i++) {
        group(conditions.get(i), "conditions[" + i + "]", problems);
      }
    }
    List<RuleAction> actions = draft.actions();
    if (actions == null || actions.isEmpty() || actions.size() > MAX_ACTIONS) {
      problems.add(new FieldProblem("actions", "size", "Must hold 1 to " + MAX_ACTIONS + "."));
    } else {
      for (int i = 0; i < actions.size(); i++) {
        action(actions.get(i), "actions[" + i + "]", problems);
      }
    }
    return problems;
  }

  private static void group(RuleCondition c, String at, List<FieldProblem> problems) {
    if (c == null) {
      problems.add(new FieldProblem(at, "required", "A condition is missing."));
      return;
    }
    if (!c.isGroup()) {
      condition(c, at, problems);
      return;
    }
    if (c.match() == null) {
      problems.add(new FieldProblem(at + ".match", "required", "Choose ALL or ANY."));
    }
    if (c.conditions().isEmpty() || c.conditions().size() > MAX_CONDITIONS) {
      problems.add(
          new FieldProblem(
              at + ".conditions", "size", "A group holds 1 to " + MAX_CONDITIONS + "."));
    }
    for (int i = 0; i < c.conditions().size(); i++) {
      RuleCondition inner = c.conditions().get(i);
      String innerAt = at + ".conditions[" + i + "]";
      if (inner != null && inner.isGroup()) {
        problems.add(
            new FieldProblem(innerAt, "nested-group", "Groups hold conditions, not groups."));
      } else if (inner == null) {
        problems.add(new FieldProblem(innerAt, "required", "A condition is missing."));
      } else {
        condition(inner, innerAt, problems);
      }
    }
  }

  private static void condition(RuleCondition c, String at, List<FieldProblem> problems) {
    if (c.field() == null || c.operator() == null) {
      problems.add(new FieldProblem(at, "required", "A condition needs a field and an operator."));
      return;
    }
    if (!OPERATORS.get(c.field()).contains(c.operator())) {
      problems.add(
          new FieldProblem(
              at + ".operator",
              "invalid",
              c.field() + " takes " + OPERATORS.get(c.field()) + ", not " + c.operator() + "."));
      return;
    }
    switch (c.field()) {
      case NOTE -> text(c, at, problems);
      case AMOUNT -> {
        amount(c.value(), at + ".value", problems);
        if (c.operator() == Operator.BETWEEN) {
          amount(c.value2(), at + ".value2", problems);
          range(c, at, problems);
        }
      }
      case TYPE -> {
        if (!isType(c.value())) {
          problems.add(
              new FieldProblem(at + ".value", "invalid", "Must be EXPENSE, INCOME or TRANSFER."));
        }
      }
      case WALLET, CATEGORY, TAG -> ids(c, at, problems);
      case DAY_OF_MONTH -> {
        day(c.value(), at + ".value", problems);
        day(c.value2(), at + ".value2", problems);
        range(c, at, problems);
      }
      case IMPORTED -> {
        if (!"true".equals(c.value()) && !"false".equals(c.value())) {
          problems.add(new FieldProblem(at + ".value", "invalid", "Must be true or false."));
        }
      }
    }
  }

  private static void text(RuleCondition c, String at, List<FieldProblem> problems) {
    if (c.value() == null || c.value().isEmpty() || c.value().length() > MAX_TEXT) {
      problems.add(
          new FieldProblem(at + ".value", "size", "Must be 1 to " + MAX_TEXT + " characters."));
      return;
    }
    if (c.operator() == Operator.MATCHES) {
      try {
        Pattern.compile(c.value());
      } catch (PatternSyntaxException e) {
        problems.add(
            new FieldProblem(
                at + ".value",
                "invalid-pattern",
                "Not a regular expression: " + e.getDescription() + "."));
      }
    }
  }

  private static void ids(RuleCondition c, String at, List<FieldProblem> problems) {
    boolean none = c.operator() == Operator.EMPTY || c.operator() == Operator.NONE;
    int size = c.idList().size();
    int most = c.operator() == Operator.ONE_OF ? MAX_IDS : 1;
    if (none ? size != 0 : size < 1 || size > most || c.idList().contains(null)) {
      problems.add(
          new FieldProblem(
              at + ".ids", "size", none ? "Must be empty." : "Must hold 1 to " + most + " ids."));
    }
  }

  private static void amount(String value, String at, List<FieldProblem> problems) {
    try {
      if (value != null && new BigDecimal(value.strip()).signum() > 0) {
        return;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    problems.add(new FieldProblem(at, "invalid", "Must be a positive decimal amount."));
  }

  private static void day(String value, String at, List<FieldProblem> problems) {
    try {
      int day = Integer.parseInt(value == null ? "" : value.strip());
      if (day >= 1 && day <= 31) {
        return;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    problems.add(new FieldProblem(at, "invalid", "Must be a day of the month, 1 to 31."));
  }

  private static void range(RuleCondition c, String at, List<FieldProblem> problems) {
    try {
      if (new BigDecimal(c.value().strip()).compareTo(new BigDecimal(c.value2().strip())) > 0) {
        problems.add(
            new FieldProblem(at + ".value2", "invalid-range", "Must not be less than value."));
      }
    } catch (RuntimeException e) {
      // the values themselves are reported
    }
  }

  private static boolean isType(String value) {
    for (EntryType type : EntryType.values()) {
      if (type.name().equals(value)) {
        return true;
      }
    }
    return false;
  }

  private static void action(RuleAction a, String at, List<FieldProblem> problems) {
    if (a == null || a.type() == null) {
      problems.add(new FieldProblem(at + ".type", "required", "Choose what the action does."));
      return;
    }
    switch (a.type()) {
      case SET_CATEGORY -> {
        if (a.categoryId() == null) {
          problems.add(new FieldProblem(at + ".categoryId", "required", "Choose a category."));
        }
      }
      case ADD_TAGS, REMOVE_TAGS -> {
        if (a.tagList().isEmpty() || a.tagList().size() > MAX_IDS || a.tagList().contains(null)) {
          problems.add(
              new FieldProblem(at + ".tagIds", "size", "Must hold 1 to " + MAX_IDS + " tags."));
        }
      }
      case SET_NOTE, APPEND_NOTE -> {
        int most = a.type() == RuleAction.Type.SET_NOTE ? EntryDraft.MAX_NOTE : MAX_TEXT;
        if (a.value() == null || a.value().isBlank() || a.value().length() > most) {
          problems.add(
              new FieldProblem(at + ".value", "size", "Must be 1 to " + most + " characters."));
        }
      }
    }
  }
}
