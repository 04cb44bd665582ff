package com.spendwise.category;

import java.time.Instant;

public record Category(
    CategoryId id,
    String name,
    CategoryType type,
    String icon,
    String color,
    long version,
    Instant createdAt,
    Instant updatedAt) {}
