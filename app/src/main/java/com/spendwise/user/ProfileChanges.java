package com.spendwise.user;

import java.util.Optional;

/**
 * A merge-patch of a profile: a null field is left as it is; an empty Optional clears it (allowed
 * for the display name only).
 */
public record ProfileChanges(
    Optional<String> displayName, Optional<String> defaultCurrency, Optional<String> timeZone) {}
