package com.spendwise.shared;

/**
 * Optimistic concurrency for updates: a change names the version it was based on (a form's hidden
 * field, an API client's If-Match), and a change based on an older version is refused rather than
 * allowed to overwrite what happened meanwhile.
 */
public final class Versions {

  private Versions() {}

  /**
   * Throws 412 {@code precondition-failed} when {@code expected} is given and is not {@code
   * current}; no expectation ({@code null}) accepts any version.
   */
  public static void check(Long expected, long current) {
    if (expected != null && expected != current) {
      throw ProblemException.staleVersion();
    }
  }
}
