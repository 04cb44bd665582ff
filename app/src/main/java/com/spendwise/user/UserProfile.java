package com.spendwise.user;

import java.time.Instant;

/** A user as other modules and the API see them. */
public record UserProfile(
    UserId id,
    String email,
    String displayName,
    String defaultCurrency,
    String timeZone,
    long version,
    Instant createdAt,
    Instant updatedAt) {}
