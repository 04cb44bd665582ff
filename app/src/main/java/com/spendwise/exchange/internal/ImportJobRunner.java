package com.spendwise.exchange.internal;

import com.spendwise.exchange.ImportJobQueued;
import com.spendwise.exchange.ImportJobs;
import jakarta.annotation.PreDestroy;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Works on import jobs in the background, one at a time per instance (two cores are better spent on
 * requests than on a second import): at once when this instance queues one, and on a timer for jobs
 * queued elsewhere or left behind by an instance that died. Off where the schedulers are off (tests
 * run jobs themselves).
 */
@Component
@ConditionalOnProperty(
    name = "spendwise.imports.worker.enabled",
    havingValue = "true",
    matchIfMissing = true)
class ImportJobRunner {

  private static final Logger log = LoggerFactory.getLogger(ImportJobRunner.class);

  private final ImportJobs jobs;
  private final ExecutorService worker =
      Executors.newSingleThreadExecutor(
          task -> {
            Thread thread = new Thread(task, "import-jobs");
            thread.setDaemon(true);
            return thread;
          });
  // One pending run is enough: it takes every job waiting when it starts.
  private final AtomicBoolean pending = new AtomicBoolean();

  ImportJobRunner(ImportJobs jobs) {
    this.jobs = jobs;
  }

  @EventListener
  void queued(ImportJobQueued event) {
    trigger();
  }

  @Scheduled(
      fixedDelayString = "${spendwise.imports.poll-interval:PT10S}",
      initialDelayString = "${spendwise.imports.initial-delay:PT5S}")
  void poll() {
    trigger();
  }

  private void trigger() {
    if (pending.compareAndSet(false, true)) {
      worker.execute(
          () -> {
            pending.set(false);
            try {
              int ran = jobs.work();
              if (ran > 0) {
                log.info("Worked on {} import jobs", ran);
              }
            } catch (RuntimeException e) {
              log.error("Import jobs failed; the next run tries again", e);
            }
          });
    }
  }

  @PreDestroy
  void stop() throws InterruptedException {
    jobs.stop();
    worker.shutdown();
    worker.awaitTermination(10, TimeUnit.SECONDS);
  }
}
