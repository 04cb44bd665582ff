package com.spendwise.rule.ui;

import com.spendwise.rule.RuleAction;
import com.spendwise.rule.RuleCondition;
import com.spendwise.rule.RuleCondition.Field;
import com.spendwise.rule.RuleCondition.Match;
import com.spendwise.rule.RuleCondition.Operator;
import com.spendwise.rule.RuleDraft;
import com.spendwise.rule.RuleDraft.RunsOn;
import com.spendwise.rule.ui.RuleForm.ActionRow;
import com.spendwise.rule.ui.RuleForm.ConditionRow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The rule a form describes: its rows as conditions (grouped) and actions, blank rows left out. */
final class RuleDrafts {

  private RuleDrafts() {}

  /**
   * The draft the form describes, and where each of its conditions and actions came from: {@code
   * places} maps the service's field paths ("conditions[1].conditions[0]") to the form's rows.
   */
  static RuleDraft of(RuleForm form, Map<String, String> places) {
    List<RuleCondition> top = new ArrayList<>();
    Map<String, List<RuleCondition>> grouped = new LinkedHashMap<>();
    Map<String, List<Integer>> groupRows = new LinkedHashMap<>();
    for (int i = 0; i < form.conditions().size(); i++) {
      ConditionRow row = form.conditions().get(i);
      if (row.kind().isBlank()) {
        continue;
      }
      RuleCondition condition = condition(row);
      if (RuleForm.GROUPS.contains(row.group())) {
        grouped.computeIfAbsent(row.group(), g -> new ArrayList<>()).add(condition);
        groupRows.computeIfAbsent(row.group(), g -> new ArrayList<>()).add(i);
      } else {
        places.put("conditions[" + top.size() + "]", "c" + i);
        top.add(condition);
      }
    }
    for (Map.Entry<String, List<RuleCondition>> group : grouped.entrySet()) {
      List<Integer> at = groupRows.get(group.getKey());
      for (int j = 0; j < at.size(); j++) {
        places.put("conditions[" + top.size() + "].conditions[" + j + "]", "c" + at.get(j));
      }
      places.put("conditions[" + top.size() + "]", "c" + at.get(0));
      top.add(
          RuleCondition.group(
              Match.valueOf(form.groupMatch().get(group.getKey())), group.getValue()));
    }
    List<RuleAction> drafted = new ArrayList<>();
    for (int i = 0; i < form.actions().size(); i++) {
      ActionRow row = form.actions().get(i);
      if (row.kind().isBlank() || !RuleForm.ACTION_KINDS.contains(row.kind())) {
        continue;
      }
      places.put("actions[" + drafted.size() + "]", "a" + i);
      drafted.add(
          new RuleAction(
              RuleAction.Type.valueOf(row.kind()),
              uuid(row.category()),
              row.tags().stream().map(RuleDrafts::uuid).filter(id -> id != null).toList(),
              row.value().isBlank() ? null : row.value()));
    }
    return new RuleDraft(
        form.name(),
        null,
        form.active(),
        form.stopProcessing(),
        enumOr(RunsOn.class, form.runsOn()),
        enumOr(Match.class, form.match()),
        top,
        drafted);
  }

  private static RuleCondition condition(ConditionRow row) {
    String[] kind = RuleForm.CONDITION_KINDS.contains(row.kind()) ? row.kind().split(":") : null;
    if (kind == null) {
      return new RuleCondition(null, null, null, null, null, null, null);
    }
    Field field = Field.valueOf(kind[0]);
    List<UUID> ids =
        field == Field.WALLET || field == Field.CATEGORY || field == Field.TAG
            ? row.refs().stream().map(RuleDrafts::uuid).filter(id -> id != null).toList()
            : null;
    return new RuleCondition(
        field,
        Operator.valueOf(kind[1]),
        row.value().isBlank() ? null : row.value().strip(),
        row.value2().isBlank() ? null : row.value2().strip(),
        ids,
        null,
        null);
  }

  private static <E extends Enum<E>> E enumOr(Class<E> type, String value) {
    try {
      return Enum.valueOf(type, value);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static UUID uuid(String text) {
    try {
      return text == null || text.isBlank() ? null : UUID.fromString(text.strip());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
