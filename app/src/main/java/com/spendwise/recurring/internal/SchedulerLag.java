package com.spendwise.recurring.internal;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@code spendwise.recurring.lag}: how late the most overdue recurring transaction is, in seconds,
 * from the start of its due day in its owner's time zone; 0 when nothing active is due. The
 * scheduler runs every minute on every instance, so a value above a few minutes means none of them
 * is working. Read when the metric is (a scrape, or the minute's embedded metrics), with the
 * due-date index; the join to users is for each owner's time zone.
 */
@Component
class SchedulerLag {

  private final JdbcClient jdbc;
  private final Clock clock;

  SchedulerLag(JdbcClient jdbc, Clock clock, MeterRegistry registry) {
    this.jdbc = jdbc;
    this.clock = clock;
    Gauge.builder("spendwise.recurring.lag", this, SchedulerLag::seconds)
        .description("Age of the oldest due recurring transaction not yet recorded")
        .baseUnit("seconds")
        .register(registry);
  }

  double seconds() {
    Double lag =
        jdbc.sql(
                """
                SELECT max(EXTRACT(EPOCH FROM (CAST(:now AS timestamptz)
                           - (r.next_date::timestamp AT TIME ZONE u.timezone))))
                  FROM recurring_transactions r
                  JOIN users u ON u.id = r.user_id
                 WHERE r.is_active
                   AND r.next_date <= CAST(:now AS timestamptz)::date + 1
                   AND (r.end_date IS NULL OR r.next_date <= r.end_date)
                   AND r.next_date <= (CAST(:now AS timestamptz) AT TIME ZONE u.timezone)::date
                """)
            .param("now", Timestamp.from(clock.instant()))
            .query(Double.class)
            .optional()
            .orElse(null);
    return lag == null ? 0 : Math.max(0, lag);
  }
}
