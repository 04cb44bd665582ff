package com.spendwise.transaction.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * {@code spendwise.ledger.writes}: transactions recorded, changed or deleted, counted when their
 * database transaction commits (a write rolled back is not one).
 */
@Component
class LedgerWrites {

  private final Counter writes;

  LedgerWrites(MeterRegistry registry) {
    this.writes =
        Counter.builder("spendwise.ledger.writes")
            .description("Transactions recorded, changed or deleted (committed)")
            .register(registry);
  }

  void counted(int n) {
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCommit() {
              writes.increment(n);
            }
          });
    } else {
      writes.increment(n);
    }
  }
}
