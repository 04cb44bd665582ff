package com.spendwise.recurring.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for the recurring_occurrences table: each occurrence of a rule recorded at most once. */
@Repository
public class OccurrenceRepository {

  private final JdbcClient jdbc;

  OccurrenceRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Claims occurrences: inserts a row per (rule, date) and returns those that were not there
   * already. The primary key makes an occurrence happen at most once.
   */
  public List<Occurrence> claim(List<Occurrence> occurrences) {
    if (occurrences.isEmpty()) {
      return List.of();
    }
    Map<OccurrenceKey, Occurrence> byKey = new HashMap<>();
    occurrences.forEach(o -> byKey.put(new OccurrenceKey(o.rule().id().value(), o.date()), o));
    return jdbc.sql(
            "INSERT INTO recurring_occurrences (recurring_transaction_id, occurrence_date)"
                + " SELECT rule, date FROM unnest(CAST(? AS uuid[]), CAST(? AS date[]))"
                + " WITH ORDINALITY AS x(rule, date, n) ORDER BY n"
                + " ON CONFLICT DO NOTHING RETURNING recurring_transaction_id, occurrence_date")
        .params(
            column(occurrences, o -> o.rule().id().value()), column(occurrences, Occurrence::date))
        .query(
            (rs, n) ->
                byKey.get(
                    new OccurrenceKey(
                        rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class))))
        .list();
  }

  private record OccurrenceKey(UUID rule, LocalDate date) {}

  /** Records which transaction each claimed occurrence became. */
  public void link(List<OccurrenceWriter.Recorded> recorded) {
    if (recorded.isEmpty()) {
      return;
    }
    jdbc.sql(
            "UPDATE recurring_occurrences o SET transaction_id = x.tx"
                + " FROM unnest(CAST(? AS uuid[]), CAST(? AS date[]), CAST(? AS uuid[]))"
                + " AS x(rule, date, tx)"
                + " WHERE o.recurring_transaction_id = x.rule AND o.occurrence_date = x.date")
        .params(
            column(recorded, r -> r.occurrence().rule().id().value()),
            column(recorded, r -> r.occurrence().date()),
            column(recorded, r -> r.entry().id().value()))
        .update();
  }

  /** One column of a multi-row statement, as text the database casts to the column's type. */
  static <T> String[] column(List<T> rows, Function<T, Object> value) {
    return rows.stream().map(value).map(String::valueOf).toArray(String[]::new);
  }
}
