package com.spendwise.goal.internal;

import com.spendwise.goal.GoalService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Looks for approaching goal deadlines on a timer; each instance may run it. */
@Component
@ConditionalOnProperty(
    name = "spendwise.scheduler.enabled",
    havingValue = "true",
    matchIfMissing = true)
class GoalDeadlineJob {

  private static final Logger log = LoggerFactory.getLogger(GoalDeadlineJob.class);

  private final GoalService goals;

  GoalDeadlineJob(GoalService goals) {
    this.goals = goals;
  }

  @Scheduled(
      fixedDelayString = "${spendwise.goals.deadline-check-interval:PT1H}",
      initialDelayString = "PT1M")
  void run() {
    try {
      int sent = goals.notifyDeadlines();
      if (sent > 0) {
        log.info("Sent {} goal deadline notices", sent);
      }
    } catch (RuntimeException e) {
      log.error("Goal deadline check failed; it runs again on the next tick", e);
    }
  }
}
