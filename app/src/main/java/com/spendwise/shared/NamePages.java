package com.spendwise.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Keyset pages of a user's small named resources (wallets, categories, tags), ordered by name and
 * then id, with the last (name, id) of a page as the next cursor.
 */
public final class NamePages {

  private NamePages() {}

  /**
   * Runs {@code select} (a query ending in a WHERE clause, whose parameters are {@code params}) for
   * the page after the cursor.
   */
  public static <T> Page<T> fetch(
      JdbcClient jdbc,
      String select,
      List<Object> params,
      PageRequest page,
      RowMapper<T> mapper,
      Function<T, String> name,
      Function<T, UUID> id) {
    StringBuilder sql = new StringBuilder(select);
    List<Object> values = new ArrayList<>(params);
    if (page.cursor() != null) {
      List<String> key = Cursor.decode(page.cursor(), 2);
      sql.append(" AND (name, id) > (?, ?)");
      values.add(key.get(0));
      values.add(Cursor.uuid(key.get(1)));
    }
    sql.append(" ORDER BY name, id LIMIT ?");
    values.add(page.limit() + 1);
    List<T> rows = jdbc.sql(sql.toString()).params(values).query(mapper).list();
    return Page.of(
        rows, page.limit(), row -> Cursor.encode(name.apply(row), id.apply(row).toString()));
  }
}
