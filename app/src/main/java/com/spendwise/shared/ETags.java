package com.spendwise.shared;

import org.springframework.http.ResponseEntity;

/** ETags from row versions, and the version an If-Match header names. */
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
   * The version a client expects from its If-Match header, for {@link Versions#check}: null when
   * the header is missing or {@code *} (the update applies to whatever is current). A tag that is
   * not one of ours can match no version ({@code -1}). Of several tags the newest is taken:
   * versions only grow, so an older one listed beside it cannot be current either.
   */
  public static Long expected(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
      return null;
    }
    long newest = -1;
    for (String candidate : ifMatch.split(",")) {
      String tag = candidate.strip();
      if (tag.startsWith("W/")) {
        tag = tag.substring(2);
      }
      if (tag.length() > 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
        try {
          newest = Math.max(newest, Long.parseLong(tag.substring(1, tag.length() - 1)));
        } catch (NumberFormatException e) {
          // Not a version of ours: it matches nothing.
        }
      }
    }
    return newest;
  }
}
