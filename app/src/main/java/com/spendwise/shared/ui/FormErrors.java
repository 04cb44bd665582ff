package com.spendwise.shared.ui;

import com.spendwise.shared.FieldProblem;
import com.spendwise.shared.ProblemException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A form's problems by field, as message keys ({@code error.<code>}): the services' own rule
 * violations, shown next to the field that caused them, in the page's language.
 */
public final class FormErrors {

  private FormErrors() {}

  /**
   * The problems of {@code e} by form field; {@code fieldOf} maps the service's field names to the
   * form's. A problem without a field (an archived wallet, say) goes under {@code fallback}.
   */
  public static Map<String, String> of(
      ProblemException e, UnaryOperator<String> fieldOf, String fallback) {
    Map<String, String> errors = new LinkedHashMap<>();
    for (FieldProblem problem : e.fieldProblems()) {
      errors.putIfAbsent(fieldOf.apply(problem.field()), "error." + problem.code());
    }
    if (errors.isEmpty()) {
      errors.put(fallback, "error." + e.code());
    }
    return errors;
  }

  /**
   * A missing item (a 404 that names no field: deleted meanwhile, or another user's) is the "not
   * found" page, not a form error: rethrown for {@link PageProblems}.
   */
  public static void rethrowIfMissing(ProblemException e) {
    if (e.status().value() == 404 && e.fieldProblems().isEmpty()) {
      throw e;
    }
  }
}
