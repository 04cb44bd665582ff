package com.spendwise.shared;

import java.sql.Timestamp;
import java.time.Instant;

/**
 * Instants as statement parameters. A record restored from a backup keeps its timestamps; one
 * without (a hand-made backup) gets the time of the restore: its SQL reads {@code coalesce(CAST(?
 * AS timestamptz), now())}.
 */
public final class SqlTimes {

  private SqlTimes() {}

  public static Timestamp orNull(Instant instant) {
    return instant == null ? null : Timestamp.from(instant);
  }
}
