package com.spendwise.shared;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Forgets day-old idempotency keys every hour, like the other jobs only where jobs are enabled. */
@Component
@ConditionalOnProperty(
    name = "spendwise.scheduler.enabled",
    havingValue = "true",
    matchIfMissing = true)
class IdempotencyCleanupJob {

  private final Idempotency idempotency;

  IdempotencyCleanupJob(Idempotency idempotency) {
    this.idempotency = idempotency;
  }

  @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
  void run() {
    idempotency.forgetOldKeys();
  }
}
