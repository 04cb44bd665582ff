package com.spendwise.user;

import java.util.Optional;

/**
 * A merge-patch of a profile: a null field is left as it is; an empty Optional clears it (allowed
 * for the display name only).
 */
public record ProfileChanges(
    Optional<String> displayName,
    Optional<String> defaultCurrency,
    Optional<String> timeZone,
    Optional<String> language,
    Optional<Boolean> suggestRules) {

  /** The languages the web app speaks, as profile values (ISO 639-1). */
  public static final java.util.List<String> LANGUAGES = java.util.List.of("en", "vi");
}
