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
 * about the request, so the user should not see them. Inside an outer transaction it only joins it;
 * the outer one owns the retry, because an aborted transaction cannot continue.
 */
@Component
public class Transactions {

  static final int MAX_ATTEMPTS = 5;
  private static final Logger log = LoggerFactory.getLogger(Transactions.class);

  private final TransactionTemplate template;

  Transactions(PlatformTransactionManager transactionManager) {
    this.template = new TransactionTemplate(transactionManager);
  }

  public <T> T write(Supplier<T> work) {
    if (TransactionSynchronizationManager.isActualTransactionActive()) {
      return work.get();
    }
    for (int attempt = 1; ; attempt++) {
      try {
        return template.execute(status -> work.get());
      } catch (DataAccessException e) {
        if (attempt == MAX_ATTEMPTS || !isTransient(e)) {
          throw e;
        }
        log.debug("Retrying after {} (attempt {})", e.getMostSpecificCause().getMessage(), attempt);
        // A short random pause keeps two retrying writers from colliding again in step.
        LockSupport.parkNanos(ThreadLocalRandom.current().nextLong(1_000_000L << attempt));
      }
    }
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
