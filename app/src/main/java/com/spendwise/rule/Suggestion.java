package com.spendwise.rule;

import com.spendwise.category.CategoryId;
import java.util.UUID;

/**
 * A rule offered to a person: they gave {@code categoryId} to notes that clean up to {@code
 * noteKey} {@code times} times; {@code example} is the latest such note, {@code prefix} what the
 * offered rule's note must start with.
 */
public record Suggestion(
    UUID id, String noteKey, CategoryId categoryId, String example, int times, String prefix) {}
