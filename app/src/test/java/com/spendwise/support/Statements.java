package com.spendwise.support;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/** Bank statements made up for tests of large imports. */
public final class Statements {

  /** The mapping of {@link #csv}'s columns. */
  public static final String MAPPING =
      "{\"date\":\"date\",\"amount\":\"amount\",\"note\":\"note\",\"dateFormat\":\"yyyy-MM-dd\"}";

  private Statements() {}

  /**
   * A CSV of {@code rows} distinct expenses (1,000 up to 1,000 + rows - 1, notes "shop i"),
   * followed by the {@code extra} lines as given.
   */
  public static byte[] csv(int rows, String... extra) {
    StringBuilder csv = new StringBuilder("date,amount,note\n");
    LocalDate day = LocalDate.of(2026, 1, 1);
    for (int i = 0; i < rows; i++) {
      csv.append(day.plusDays(i % 300))
          .append(",-")
          .append(1000 + i)
          .append(",shop ")
          .append(i)
          .append('\n');
    }
    for (String line : extra) {
      csv.append(line).append('\n');
    }
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }
}
