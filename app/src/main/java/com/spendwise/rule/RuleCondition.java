package com.spendwise.rule;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.UUID;

/**
 * One condition of a rule, or a group of them. A condition names a {@code field}, an {@code
 * operator} and what it compares with: {@code value} (and {@code value2}, the end of a range) as
 * text, or {@code ids} of wallets, categories or tags. A group has {@code match} and {@code
 * conditions} instead, which are conditions, never groups (one level).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RuleCondition(
    Field field,
    Operator operator,
    String value,
    String value2,
    List<UUID> ids,
    Match match,
    List<RuleCondition> conditions) {

  public enum Field {
    NOTE,
    AMOUNT,
    TYPE,
    WALLET,
    CATEGORY,
    TAG,
    DAY_OF_MONTH,
    IMPORTED
  }

  public enum Operator {
    CONTAINS,
    STARTS_WITH,
    ENDS_WITH,
    EQUALS,
    MATCHES,
    BETWEEN,
    GREATER,
    LESS,
    IS,
    ONE_OF,
    EMPTY,
    HAS,
    NONE
  }

  /** How the conditions of a rule or a group combine. */
  public enum Match {
    ALL,
    ANY
  }

  public static RuleCondition of(Field field, Operator operator, String value) {
    return new RuleCondition(field, operator, value, null, null, null, null);
  }

  public static RuleCondition ofIds(Field field, Operator operator, List<UUID> ids) {
    return new RuleCondition(field, operator, null, null, ids, null, null);
  }

  public static RuleCondition group(Match match, List<RuleCondition> conditions) {
    return new RuleCondition(null, null, null, null, null, match, conditions);
  }

  public boolean isGroup() {
    return conditions != null;
  }

  public List<UUID> idList() {
    return ids == null ? List.of() : ids;
  }
}
