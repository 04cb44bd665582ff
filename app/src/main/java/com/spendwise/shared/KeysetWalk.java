package com.spendwise.shared;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;

/**
 * A walk through every page of a keyset-paged list, each page fetched only when the walk reaches
 * it: memory stays that of one page however long the list.
 */
public final class KeysetWalk<T> implements Iterator<List<T>> {

  private final Function<String, Page<T>> pageAfter;
  private String cursor;
  private boolean started;

  private KeysetWalk(Function<String, Page<T>> pageAfter) {
    this.pageAfter = pageAfter;
  }

  /** {@code pageAfter} fetches the page after a cursor (null: the first page). */
  public static <T> KeysetWalk<T> of(Function<String, Page<T>> pageAfter) {
    return new KeysetWalk<>(pageAfter);
  }

  @Override
  public boolean hasNext() {
    return !started || cursor != null;
  }

  @Override
  public List<T> next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Page<T> page = pageAfter.apply(cursor);
    started = true;
    cursor = page.nextCursor();
    return page.items();
  }
}
