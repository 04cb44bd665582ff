package com.spendwise.shared;

import org.springframework.http.ResponseEntity;

/** ETags from row versions, and the If-Match check that guards updates. */
public final class ETags {

  private ETags() {}

  /** A 200 carrying the resource and its ETag. */
  public static <T> ResponseEntity<T> ok(long version, T body) {
    return ResponseEntity.ok().eTag(of(version)).body(body);
  }

  public static String of(long version) {
    return "\"" + version + "\"";
  }

  /**
   * Throws 412 when the client sent If-Match and it does not name {@code currentVersion}. A missing
   * If-Match is accepted: the update then applies to whatever is current.
   */
  public static void check(String ifMatch, long currentVersion) {
    if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
      return;
    }
    String current = of(currentVersion);
    for (String candidate : ifMatch.split(",")) {
      String tag = candidate.strip();
      if (tag.startsWith("W/")) {
        tag = tag.substring(2);
      }
      if (tag.equals(current)) {
        return;
      }
    }
    throw ProblemException.staleVersion();
  }
}
