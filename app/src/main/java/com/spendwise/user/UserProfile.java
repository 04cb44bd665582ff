package com.spendwise.user;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A user as other modules and the API see them. {@code suggestRules}: whether the rules module may
 * offer rules learnt from the person's choices.
 */
public record UserProfile(
    UserId id,
    String email,
    String displayName,
    String defaultCurrency,
    String timeZone,
    String language,
    boolean suggestRules,
    long version,
    Instant createdAt,
    Instant updatedAt) {

  /** Today in the user's time zone: dates of money movements and periods follow it. */
  public LocalDate today(Clock clock) {
    return LocalDate.ofInstant(clock.instant(), ZoneId.of(timeZone));
  }
}
