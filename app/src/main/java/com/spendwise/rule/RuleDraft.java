package com.spendwise.rule;

import com.spendwise.rule.RuleCondition.Match;
import java.util.List;

/**
 * What a person sets on a rule. {@code position} null: after the others. {@code runsOn}: on new
 * transactions, on imported ones, or both.
 */
public record RuleDraft(
    String name,
    Integer position,
    Boolean active,
    Boolean stopProcessing,
    RunsOn runsOn,
    Match match,
    List<RuleCondition> conditions,
    List<RuleAction> actions) {

  public enum RunsOn {
    CREATE,
    IMPORT,
    BOTH;

    public boolean covers(boolean imported) {
      return this == BOTH || (imported ? this == IMPORT : this == CREATE);
    }
  }
}
