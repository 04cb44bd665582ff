package com.spendwise.shared;

/** One page of a list: how many items and where the previous page ended (null: from the start). */
public record PageRequest(int limit, String cursor) {

  public static final int DEFAULT_LIMIT = 50;
  public static final int MAX_LIMIT = 200;

  /** Checks a client's page size; null means the default. */
  public static PageRequest of(Integer limit, String cursor) {
    if (limit != null && (limit < 1 || limit > MAX_LIMIT)) {
      throw ProblemException.invalidField(
          "limit", "out-of-range", "Must be between 1 and " + MAX_LIMIT + ".");
    }
    return new PageRequest(limit == null ? DEFAULT_LIMIT : limit, cursor);
  }
}
