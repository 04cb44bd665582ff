package com.spendwise.shared;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Keyset pages of a user's resources in one of two fixed orders, with the last (key, id) of a page
 * as the next cursor, so a deep page costs what the first one does.
 */
public final class KeysetPages {

  private KeysetPages() {}

  /** Small named resources (wallets, categories, tags): by name, then id. */
  public static <T> Page<T> byName(
      JdbcClient jdbc,
      String select,
      List<Object> params,
      PageRequest page,
      RowMapper<T> mapper,
      Function<T, String> name,
      Function<T, UUID> id) {
    return fetch(
        jdbc,
        select,
        params,
        page,
        mapper,
        " AND (name, id) > (?, ?) ORDER BY name, id LIMIT ?",
        text -> text,
        row -> name.apply(row),
        id);
  }

  /**
   * Newest first: by created_at and then id, both descending. The table needs an index on (user_id,
   * created_at DESC, id DESC).
   */
  public static <T> Page<T> newestFirst(
      JdbcClient jdbc,
      String select,
      List<Object> params,
      PageRequest page,
      RowMapper<T> mapper,
      Function<T, Instant> createdAt,
      Function<T, UUID> id) {
    return fetch(
        jdbc,
        select,
        params,
        page,
        mapper,
        " AND (created_at, id) < (CAST(? AS timestamptz), ?) ORDER BY created_at DESC, id DESC"
            + " LIMIT ?",
        text -> instant(text).toString(),
        row -> createdAt.apply(row).toString(),
        id);
  }

  /**
   * Runs {@code select} (a query ending in a WHERE clause, whose parameters are {@code params}) for
   * the page after the cursor. {@code keysetAndOrder} holds the cursor condition, the ORDER BY and
   * the LIMIT; without a cursor only its ORDER BY and LIMIT are used.
   */
  private static <T> Page<T> fetch(
      JdbcClient jdbc,
      String select,
      List<Object> params,
      PageRequest page,
      RowMapper<T> mapper,
      String keysetAndOrder,
      Function<String, Object> keyValue,
      Function<T, String> key,
      Function<T, UUID> id) {
    List<Object> values = new ArrayList<>(params);
    String tail = keysetAndOrder;
    if (page.cursor() != null) {
      List<String> parts = Cursor.decode(page.cursor(), 2);
      values.add(keyValue.apply(parts.get(0)));
      values.add(Cursor.uuid(parts.get(1)));
    } else {
      tail = keysetAndOrder.substring(keysetAndOrder.indexOf(" ORDER BY"));
    }
    values.add(page.limit() + 1);
    List<T> rows = jdbc.sql(select + tail).params(values).query(mapper).list();
    return Page.of(
        rows, page.limit(), row -> Cursor.encode(key.apply(row), id.apply(row).toString()));
  }

  private static Instant instant(String text) {
    try {
      return Instant.parse(text);
    } catch (RuntimeException e) {
      throw Cursor.invalid();
    }
  }
}
