package com.spendwise.exchange;

import java.time.Instant;
import java.util.UUID;

/** A mapping the user saved under a name, for the next statement from the same bank. */
public record SavedMapping(
    UUID id,
    String name,
    ImportMapping mapping,
    long version,
    Instant createdAt,
    Instant updatedAt) {}
