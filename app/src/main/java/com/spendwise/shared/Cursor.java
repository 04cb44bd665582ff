package com.spendwise.shared;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * Opaque keyset cursors: the sort key of the last item of a page, base64url-encoded so clients do
 * not build them by hand. A cursor that does not decode is a 400, not a 500.
 */
public final class Cursor {

  private static final char SEPARATOR = '\n';

  private Cursor() {}

  public static String encode(String... parts) {
    String joined = String.join(String.valueOf(SEPARATOR), parts);
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(joined.getBytes(StandardCharsets.UTF_8));
  }

  /** The parts of a cursor, checked to be {@code count} of them. */
  public static List<String> decode(String cursor, int count) {
    try {
      String joined = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      List<String> parts = List.of(joined.split(String.valueOf(SEPARATOR), -1));
      if (parts.size() == count) {
        return parts;
      }
    } catch (IllegalArgumentException e) {
      // Falls through to the client error below.
    }
    throw invalid();
  }

  /** A UUID part of a cursor. */
  public static UUID uuid(String part) {
    try {
      return UUID.fromString(part);
    } catch (IllegalArgumentException e) {
      throw invalid();
    }
  }

  public static ProblemException invalid() {
    return ProblemException.invalidField(
        "cursor", "invalid-cursor", "Is not a cursor this list returned.");
  }
}
