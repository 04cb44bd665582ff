package com.spendwise.shared;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Keyset pages of a user's resources newest first: ordered by created_at and then id, both
 * descending, with the last (created_at, id) of a page as the next cursor.
 */
public final class TimePages {

  private TimePages() {}

  /**
   * Runs {@code select} (a query ending in a WHERE clause, whose parameters are {@code params}) for
   * the page after the cursor. The table needs an index on (user_id, created_at DESC, id DESC).
   */
  public static <T> Page<T> fetch(
      JdbcClient jdbc,
      String select,
      List<Object> params,
      PageRequest page,
      RowMapper<T> mapper,
      Function<T, Instant> createdAt,
      Function<T, UUID> id) {
    StringBuilder sql = new StringBuilder(select);
    List<Object> values = new ArrayList<>(params);
    if (page.cursor() != null) {
      List<String> key = Cursor.decode(page.cursor(), 2);
      sql.append(" AND (created_at, id) < (CAST(? AS timestamptz), ?)");
      values.add(instant(key.get(0)).toString());
      values.add(Cursor.uuid(key.get(1)));
    }
    sql.append(" ORDER BY created_at DESC, id DESC LIMIT ?");
    values.add(page.limit() + 1);
    List<T> rows = jdbc.sql(sql.toString()).params(values).query(mapper).list();
    return Page.of(
        rows,
        page.limit(),
        row -> Cursor.encode(createdAt.apply(row).toString(), id.apply(row).toString()));
  }

  private static Instant instant(String text) {
    try {
      return Instant.parse(text);
    } catch (RuntimeException e) {
      throw Cursor.invalid();
    }
  }
}
