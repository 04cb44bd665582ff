package com.spendwise.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * A JSON merge patch (RFC 7396) of text fields. Unlike a record, it tells an absent field (leave
 * it) from an explicit null (clear it).
 */
public final class MergePatch {

  private final JsonNode body;

  private MergePatch(JsonNode body) {
    this.body = body;
  }

  /** Checks that the body is an object whose fields are all known and text or null. */
  public static MergePatch of(JsonNode body, Set<String> textFields) {
    if (body == null || !body.isObject()) {
      throw ProblemException.invalidField("body", "invalid-format", "Must be a JSON object.");
    }
    List<FieldProblem> problems = new ArrayList<>();
    for (String name : body.propertyNames()) {
      JsonNode value = body.get(name);
      if (!textFields.contains(name)) {
        problems.add(new FieldProblem(name, "unknown-field", "Is not a field of this request."));
      } else if (!value.isNull() && !value.isString()) {
        problems.add(new FieldProblem(name, "invalid-format", "Must be a string or null."));
      }
    }
    if (!problems.isEmpty()) {
      throw ProblemException.invalidFields(problems);
    }
    return new MergePatch(body);
  }

  /** Null when absent, empty when explicitly null, else the value. */
  public Optional<String> text(String field) {
    JsonNode value = body.get(field);
    if (value == null) {
      return null;
    }
    return value.isNull() ? Optional.empty() : Optional.of(value.stringValue());
  }
}
