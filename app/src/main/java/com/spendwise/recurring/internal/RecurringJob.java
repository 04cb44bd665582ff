package com.spendwise.recurring.internal;

import com.spendwise.recurring.RecurringRun;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the recurring scheduler on a timer on every instance; the instances share the work through
 * row locks. A failed run (the database away, say) is logged and the next tick tries again.
 */
@Component
@ConditionalOnProperty(
    name = "spendwise.scheduler.enabled",
    havingValue = "true",
    matchIfMissing = true)
class RecurringJob {

  private static final Logger log = LoggerFactory.getLogger(RecurringJob.class);

  private final RecurringScheduler scheduler;

  RecurringJob(RecurringScheduler scheduler) {
    this.scheduler = scheduler;
  }

  @Scheduled(
      fixedDelayString = "${spendwise.recurring.poll-interval:PT1M}",
      initialDelayString = "${spendwise.recurring.initial-delay:PT10S}")
  void run() {
    try {
      RecurringRun run = scheduler.runDue();
      if (run.recorded() > 0 || run.failed() > 0) {
        log.info(
            "Recorded {} recurring occurrences; paused {} failing rules",
            run.recorded(),
            run.failed());
      }
    } catch (RuntimeException e) {
      log.error("Recurring run failed; the next tick tries again", e);
    }
  }
}
