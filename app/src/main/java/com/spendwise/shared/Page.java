package com.spendwise.shared;

import java.util.List;
import java.util.function.Function;

/**
 * A page of a keyset-paginated list. {@code nextCursor} is null on the last page; {@code total} is
 * null unless the client asked for it.
 */
public record Page<T>(List<T> items, String nextCursor, Long total) {

  /**
   * Builds a page from a query that fetched one row more than the limit, which tells whether a next
   * page exists without counting.
   */
  public static <T> Page<T> of(List<T> rows, int limit, Function<T, String> cursorOf) {
    if (rows.size() <= limit) {
      return new Page<>(List.copyOf(rows), null, null);
    }
    List<T> items = List.copyOf(rows.subList(0, limit));
    return new Page<>(items, cursorOf.apply(items.get(limit - 1)), null);
  }

  public Page<T> withTotal(Long total) {
    return new Page<>(items, nextCursor, total);
  }

  public <R> Page<R> map(Function<T, R> mapper) {
    return new Page<>(items.stream().map(mapper).toList(), nextCursor, total);
  }
}
