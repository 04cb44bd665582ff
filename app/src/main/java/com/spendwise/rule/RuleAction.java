package com.spendwise.rule;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.UUID;

/**
 * What a rule does to a transaction it matches: {@code categoryId} for SET_CATEGORY, {@code tagIds}
 * for ADD_TAGS and REMOVE_TAGS, {@code value} for SET_NOTE and APPEND_NOTE. A rule never changes an
 * amount, a wallet or a date.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RuleAction(Type type, UUID categoryId, List<UUID> tagIds, String value) {

  public enum Type {
    SET_CATEGORY,
    ADD_TAGS,
    REMOVE_TAGS,
    SET_NOTE,
    APPEND_NOTE
  }

  public List<UUID> tagList() {
    return tagIds == null ? List.of() : tagIds;
  }
}
