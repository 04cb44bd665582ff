package com.spendwise.rule.ui;

import com.spendwise.rule.Rule;
import com.spendwise.rule.RuleAction;
import com.spendwise.rule.RuleCondition;
import com.spendwise.rule.RuleDraft;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.util.MultiValueMap;

/**
 * The rule form as sent: condition rows ({@code c0.kind}, {@code c0.value}…) and action rows
 * ({@code a0.kind}…), each condition row at the top level or in group A, B or C. A form works
 * without JavaScript: "add a condition" sends it back with one more row. Blank rows are ignored.
 */
record RuleForm(
    String name,
    String runsOn,
    String match,
    boolean active,
    boolean stopProcessing,
    List<ConditionRow> conditions,
    Map<String, String> groupMatch,
    List<ActionRow> actions,
    String version,
    String suggestion) {

  /** The groups a row may join (one level of groups). */
  static final List<String> GROUPS = List.of("A", "B", "C");

  static final List<String> CONDITION_KINDS =
      List.of(
          "NOTE:CONTAINS",
          "NOTE:STARTS_WITH",
          "NOTE:ENDS_WITH",
          "NOTE:EQUALS",
          "NOTE:MATCHES",
          "AMOUNT:EQUALS",
          "AMOUNT:BETWEEN",
          "AMOUNT:GREATER",
          "AMOUNT:LESS",
          "TYPE:IS",
          "WALLET:IS",
          "WALLET:ONE_OF",
          "CATEGORY:IS",
          "CATEGORY:EMPTY",
          "TAG:HAS",
          "TAG:NONE",
          "DAY_OF_MONTH:BETWEEN",
          "IMPORTED:IS");

  static final List<String> ACTION_KINDS =
      List.of("SET_CATEGORY", "ADD_TAGS", "REMOVE_TAGS", "SET_NOTE", "APPEND_NOTE");

  private static final int MOST_ROWS = 20;

  public record ConditionRow(
      String group, String kind, String value, String value2, List<String> refs) {

    static ConditionRow blank() {
      return new ConditionRow("", "", "", "", List.of());
    }
  }

  public record ActionRow(String kind, String category, List<String> tags, String value) {

    static ActionRow blank() {
      return new ActionRow("", "", List.of(), "");
    }
  }

  static RuleForm blank() {
    return new RuleForm(
        "",
        "BOTH",
        "ALL",
        true,
        false,
        List.of(ConditionRow.blank(), ConditionRow.blank()),
        defaultGroups(),
        List.of(ActionRow.blank()),
        "",
        "");
  }

  static RuleForm of(RuleDraft draft, String version, String suggestion) {
    List<ConditionRow> rows = new ArrayList<>();
    Map<String, String> groups = defaultGroups();
    int group = 0;
    for (RuleCondition c : draft.conditions()) {
      if (c.isGroup()) {
        String letter = GROUPS.get(Math.min(group++, GROUPS.size() - 1));
        groups.put(letter, c.match().name());
        c.conditions().forEach(inner -> rows.add(row(letter, inner)));
      } else {
        rows.add(row("", c));
      }
    }
    rows.add(ConditionRow.blank());
    List<ActionRow> actions = new ArrayList<>();
    for (RuleAction a : draft.actions()) {
      actions.add(
          new ActionRow(
              a.type().name(),
              a.categoryId() == null ? "" : a.categoryId().toString(),
              a.tagList().stream().map(UUID::toString).toList(),
              a.value() == null ? "" : a.value()));
    }
    return new RuleForm(
        draft.name(),
        draft.runsOn().name(),
        draft.match().name(),
        draft.active() == null || draft.active(),
        draft.stopProcessing() != null && draft.stopProcessing(),
        rows,
        groups,
        actions,
        version,
        suggestion);
  }

  static RuleForm of(Rule rule) {
    return of(rule.draft(), Long.toString(rule.version()), "");
  }

  private static ConditionRow row(String group, RuleCondition c) {
    return new ConditionRow(
        group,
        c.field() + ":" + c.operator(),
        c.value() == null ? "" : c.value(),
        c.value2() == null ? "" : c.value2(),
        c.idList().stream().map(UUID::toString).toList());
  }

  static RuleForm read(MultiValueMap<String, String> params) {
    List<ConditionRow> rows = new ArrayList<>();
    for (int i = 0; i < MOST_ROWS && params.containsKey("c" + i + ".kind"); i++) {
      String kind = text(params, "c" + i + ".kind");
      // A type or a yes/no is chosen from a list of its own, not typed.
      String value =
          kind.equals("TYPE:IS")
              ? text(params, "c" + i + ".type")
              : kind.equals("IMPORTED:IS")
                  ? text(params, "c" + i + ".imported")
                  : text(params, "c" + i + ".value");
      rows.add(
          new ConditionRow(
              text(params, "c" + i + ".group"),
              kind,
              value,
              text(params, "c" + i + ".value2"),
              values(params, "c" + i + ".refs")));
    }
    List<ActionRow> actions = new ArrayList<>();
    for (int i = 0; i < MOST_ROWS && params.containsKey("a" + i + ".kind"); i++) {
      actions.add(
          new ActionRow(
              text(params, "a" + i + ".kind"),
              text(params, "a" + i + ".category"),
              values(params, "a" + i + ".tags"),
              text(params, "a" + i + ".value")));
    }
    Map<String, String> groups = defaultGroups();
    GROUPS.forEach(g -> groups.put(g, "ANY".equals(text(params, "group" + g)) ? "ANY" : "ALL"));
    return new RuleForm(
        text(params, "name"),
        text(params, "runsOn"),
        text(params, "match"),
        "true".equals(params.getFirst("active")),
        "true".equals(params.getFirst("stopProcessing")),
        rows,
        groups,
        actions,
        text(params, "version"),
        text(params, "suggestion"));
  }

  RuleForm withCondition() {
    List<ConditionRow> rows = new ArrayList<>(conditions);
    if (rows.size() < MOST_ROWS) {
      rows.add(ConditionRow.blank());
    }
    return new RuleForm(
        name,
        runsOn,
        match,
        active,
        stopProcessing,
        rows,
        groupMatch,
        actions,
        version,
        suggestion);
  }

  RuleForm withAction() {
    List<ActionRow> rows = new ArrayList<>(actions);
    if (rows.size() < MOST_ROWS) {
      rows.add(ActionRow.blank());
    }
    return new RuleForm(
        name,
        runsOn,
        match,
        active,
        stopProcessing,
        conditions,
        groupMatch,
        rows,
        version,
        suggestion);
  }

  static Map<String, String> defaultGroups() {
    Map<String, String> groups = new LinkedHashMap<>();
    GROUPS.forEach(g -> groups.put(g, "ANY"));
    return groups;
  }

  private static String text(MultiValueMap<String, String> params, String name) {
    String value = params.getFirst(name);
    return value == null ? "" : value;
  }

  private static List<String> values(MultiValueMap<String, String> params, String name) {
    List<String> values = params.get(name);
    return values == null ? List.of() : values.stream().filter(v -> !v.isBlank()).toList();
  }
}
