package com.spendwise.infra;

import software.amazon.awscdk.services.logs.RetentionDays;

/** How long an environment keeps its logs (the service's and the database's), see Operations. */
final class LogRetention {

  private LogRetention() {}

  static RetentionDays of(Environment env) {
    return env.operations().logRetentionDays() >= 365
        ? RetentionDays.ONE_YEAR
        : RetentionDays.ONE_MONTH;
  }
}
