package com.spendwise.shared;

import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a write in a database transaction and runs it again, a bounded number of times, when
 * PostgreSQL aborted it for a serialization failure or a deadlock: those are about timing, not
 * about the request, so the user should not see them. A write that lost its connection before its
 * commit was sent (a restart or failover of the database) is run once more on a fresh connection:
 * nothing of it was committed. One that lost it during the commit is not, since it may have been
 * committed; the caller answers 503 and the client's retry with its Idempotency-Key is safe either
 * way. Inside an outer transaction it only joins it; the outer one owns the retry, because an
 * aborted transaction cannot continue.
 */
@Component
public class Transactions {

  static final int MAX_ATTEMPTS = 5;
  private static final Logger log = LoggerFactory.getLogger(Transactions.class);

  private final TransactionTemplate template;
  private final DatabaseFailures failures;

  Transactions(PlatformTransactionManager transactionManager, DatabaseFailures failures) {
    this.template = new TransactionTemplate(transactionManager);
    this.failures = failures;
  }

  public <T> T write(Supplier<T> work) {
    if (TransactionSynchronizationManager.isActualTransactionActive()) {
      return work.get();
    }
    boolean reconnected = false;
    for (int attempt = 1; ; attempt++) {
      boolean[] committing = {false};
      try {
        return template.execute(
            status -> {
              T result = work.get();
              committing[0] = true;
              return result;
            });
      } catch (RuntimeException e) {
        if (failures.recognise(e)
            && !reconnected
            && !committing[0]
            && DatabaseFailures.freshConnectionMayHelp(e)) {
          // The pool has retired the broken connections; the next one is fresh.
          reconnected = true;
          log.info("Connection lost before commit; running the write again: {}", e.getMessage());
          continue;
        }
        if (attempt >= MAX_ATTEMPTS || !(e instanceof DataAccessException) || !isTransient(e)) {
          throw e;
        }
        log.debug("Retrying after {} (attempt {})", mostSpecific(e), attempt);
        // A short random pause keeps two retrying writers from colliding again in step.
        LockSupport.parkNanos(ThreadLocalRandom.current().nextLong(1_000_000L << attempt));
      }
    }
  }

  private static String mostSpecific(RuntimeException e) {
    return e instanceof DataAccessException data
        ? data.getMostSpecificCause().getMessage()
        : e.getMessage();
  }

  /** SQLState 40001 (serialization failure) or 40P01 (deadlock detected). */
  static boolean isTransient(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql
          && ("40001".equals(sql.getSQLState()) || "40P01".equals(sql.getSQLState()))) {
        return true;
      }
    }
    return false;
  }
}
