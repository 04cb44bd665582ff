package com.spendwise.tag;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.spendwise.shared.Actors;
import java.time.Instant;

/** A tag; named so as not to clash with the OpenAPI annotation. */
public record TagView(
    TagId id,
    String name,
    long version,
    Instant createdAt,
    Instant updatedAt,
    @JsonIgnore Actors actors) {}
