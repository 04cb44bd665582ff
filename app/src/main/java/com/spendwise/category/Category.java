package com.spendwise.category;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.spendwise.shared.Actors;
import com.spendwise.shared.FieldProblem;
import java.time.Instant;
import java.util.Optional;

public record Category(
    CategoryId id,
    String name,
    CategoryType type,
    String icon,
    String color,
    long version,
    Instant createdAt,
    Instant updatedAt,
    @JsonIgnore Actors actors) {

  /**
   * The one rule of what a category may classify: money movements of its own type. Empty when this
   * category is of type {@code needed}, else the problem to report on {@code field}.
   */
  public Optional<FieldProblem> typeProblem(String field, CategoryType needed) {
    if (type == needed) {
      return Optional.empty();
    }
    return Optional.of(
        new FieldProblem(
            field,
            "category-type-mismatch",
            "Is a " + type + " category; choose a " + needed + " category."));
  }
}
