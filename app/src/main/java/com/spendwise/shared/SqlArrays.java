package com.spendwise.shared;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/**
 * Columns of a multi-row insert as text arrays ({@code unnest(CAST(? AS uuid[]), ...)}): one
 * statement for any number of rows, with the database casting each text to its column's type.
 */
public final class SqlArrays {

  private SqlArrays() {}

  /** One column: amounts as plain decimals, everything else as its string, nulls as NULL. */
  public static <T> String[] column(List<T> rows, Function<T, Object> value) {
    return rows.stream()
        .map(value)
        .map(v -> v == null ? null : v instanceof BigDecimal d ? d.toPlainString() : v.toString())
        .toArray(String[]::new);
  }
}
