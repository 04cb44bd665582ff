package com.spendwise.shared.ui;

import com.spendwise.shared.ProblemException;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * What the pages that rename, archive and delete one wallet, category or tag share: the version the
 * form was rendered from, so that a change made meanwhile (in another tab, by the API) is refused
 * rather than overwritten, and the refusals shown on the page.
 */
public final class Manage {

  private Manage() {}

  /** The version a form carried; a tampered one can only be stale. */
  public static long version(String text) {
    try {
      return Long.parseLong(text.strip());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** Whether a save was refused because the item changed since its form was opened. */
  public static boolean stale(ProblemException e) {
    return e.status() == HttpStatus.PRECONDITION_FAILED;
  }

  /**
   * The refusal as form errors: problems with a field go next to it, others under {@code fallback}.
   * A missing item is the "not found" page, not a form error.
   */
  public static Map<String, String> errors(ProblemException e, String fallback) {
    FormErrors.rethrowIfMissing(e);
    return FormErrors.of(e, field -> field, fallback);
  }
}
