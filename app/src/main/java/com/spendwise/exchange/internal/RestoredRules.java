package com.spendwise.exchange.internal;

import com.spendwise.rule.Rule;
import com.spendwise.rule.RuleAction;
import com.spendwise.rule.RuleCondition;
import com.spendwise.rule.RuleId;
import com.spendwise.rule.RuleService;
import com.spendwise.shared.Actors;
import com.spendwise.shared.FieldProblem;
import com.spendwise.user.UserId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The rules that categorise of a backup: checked as a new rule would be, each wallet, category and
 * tag they name required in the same backup, and written with every id they hold renumbered.
 */
final class RestoredRules {

  private RestoredRules() {}

  static void check(String at, Rule rule, RestoredIds ids, List<FieldProblem> out) {
    BackupChecks.unique(at, rule.id() == null ? null : rule.id().value(), ids.categorising, out);
    RuleService.problems(rule.draft())
        .forEach(p -> out.add(new FieldProblem(at + "." + p.field(), p.code(), p.message())));
    if (rule.conditions() == null || rule.actions() == null) {
      return;
    }
    for (RuleCondition c : leaves(rule.conditions())) {
      if (c.field() == null) {
        continue;
      }
      Map<UUID, UUID> known =
          switch (c.field()) {
            case WALLET -> ids.wallets;
            case CATEGORY -> ids.categories;
            case TAG -> ids.tags;
            default -> null;
          };
      if (known != null && !known.keySet().containsAll(c.idList())) {
        out.add(unknown(at + ".conditions", c.field().name().toLowerCase()));
      }
    }
    for (RuleAction a : rule.actions()) {
      if (a == null) {
        continue;
      }
      if (a.categoryId() != null && !ids.categories.containsKey(a.categoryId())) {
        out.add(unknown(at + ".actions", "category"));
      }
      if (!ids.tags.keySet().containsAll(a.tagList())) {
        out.add(unknown(at + ".actions", "tag"));
      }
    }
  }

  static void write(RuleService rules, UserId user, Rule rule, RestoredIds ids) {
    UUID id = RestoredIds.fresh(ids.categorising, rule.id().value());
    List<RuleCondition> conditions =
        rule.conditions().stream().map(c -> renumbered(c, ids)).toList();
    List<RuleAction> actions =
        rule.actions().stream()
            .map(
                a ->
                    new RuleAction(
                        a.type(),
                        a.categoryId() == null ? null : ids.categories.get(a.categoryId()),
                        a.tagIds() == null
                            ? null
                            : a.tagList().stream().map(ids.tags::get).toList(),
                        a.value()))
            .toList();
    rules.restore(
        user,
        new RuleId(id),
        new Rule(
            new RuleId(id),
            rule.name(),
            rule.position(),
            rule.active(),
            rule.stopProcessing(),
            rule.runsOn(),
            rule.match(),
            conditions,
            actions,
            null,
            rule.version(),
            rule.createdAt(),
            rule.updatedAt(),
            Actors.NONE));
  }

  private static RuleCondition renumbered(RuleCondition c, RestoredIds ids) {
    if (c.isGroup()) {
      return RuleCondition.group(
          c.match(), c.conditions().stream().map(inner -> renumbered(inner, ids)).toList());
    }
    Map<UUID, UUID> known =
        switch (c.field()) {
          case WALLET -> ids.wallets;
          case CATEGORY -> ids.categories;
          case TAG -> ids.tags;
          default -> null;
        };
    List<UUID> renumbered =
        known == null || c.ids() == null ? c.ids() : c.ids().stream().map(known::get).toList();
    return new RuleCondition(
        c.field(), c.operator(), c.value(), c.value2(), renumbered, c.match(), c.conditions());
  }

  private static List<RuleCondition> leaves(List<RuleCondition> conditions) {
    return conditions.stream()
        .filter(c -> c != null)
        .flatMap(
            c ->
                c.isGroup()
                    ? c.conditions().stream().filter(x -> x != null)
                    : java.util.stream.Stream.of(c))
        .toList();
  }

  private static FieldProblem unknown(String at, String kind) {
    return new FieldProblem(
        at, "unknown-reference", "Names a " + kind + " the backup does not hold.");
  }
}
