package com.spendwise.rule;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.spendwise.rule.RuleCondition.Match;
import com.spendwise.rule.RuleDraft.RunsOn;
import com.spendwise.shared.Actors;
import java.time.Instant;
import java.util.List;

/**
 * A stored rule. {@code problem}: why it was last skipped when it ran (a code such as {@code
 * category-deleted}), null when it ran cleanly or has been saved since.
 */
public record Rule(
    RuleId id,
    String name,
    int position,
    boolean active,
    boolean stopProcessing,
    RunsOn runsOn,
    Match match,
    List<RuleCondition> conditions,
    List<RuleAction> actions,
    String problem,
    long version,
    Instant createdAt,
    Instant updatedAt,
    @JsonIgnore Actors actors) {

  /** The rule as a draft, to edit. */
  public RuleDraft draft() {
    return new RuleDraft(
        name, position, active, stopProcessing, runsOn, match, conditions, actions);
  }
}
