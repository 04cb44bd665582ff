package com.spendwise.database.internal;

import com.spendwise.shared.ReplicaReads;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.AbstractDataSource;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Sends the reads of work that allows it ({@link ReplicaReads}: reports, exports, backups) to the
 * read replica: their read-only transactions, and their statements outside any transaction (a
 * download walks its pages so). Everything else goes to the primary. Sits under a {@code
 * LazyConnectionDataSourceProxy}, so the connection is taken when the transaction's first statement
 * runs, by which time the transaction is known to be read-only. A write never reaches the replica:
 * only read-only transactions do, and their connections are read-only.
 *
 * <p>When the replica cannot be reached (or hands out a connection that no longer answers), the
 * work falls back to the primary at once, and the replica is left alone for {@link #REST} before it
 * is tried again, so that a replica that went away costs one failed attempt, not one per request.
 */
final class ReplicaRouting extends AbstractDataSource {

  static final Duration REST = Duration.ofSeconds(30);
  private static final Logger log = LoggerFactory.getLogger(ReplicaRouting.class);

  private final DataSource primary;
  private final HikariDataSource replica;
  private final Clock clock;
  private volatile Instant restingUntil = Instant.MIN;

  ReplicaRouting(DataSource primary, HikariDataSource replica, Clock clock) {
    this.primary = primary;
    this.replica = replica;
    this.clock = clock;
  }

  @Override
  public Connection getConnection() throws SQLException {
    if (ReplicaReads.allowed() && readOnly() && clock.instant().isAfter(restingUntil)) {
      Connection replicated = replicaConnection();
      if (replicated != null) {
        return replicated;
      }
    }
    return primary.getConnection();
  }

  /**
   * A working connection to the replica, or null when it does not answer (it then rests). A pooled
   * connection that no longer answers is dropped and one more is tried: after the replica came
   * back, the pool may still hold connections from before it went away.
   */
  private Connection replicaConnection() {
    for (int attempt = 1; attempt <= 2; attempt++) {
      Connection connection = null;
      try {
        connection = replica.getConnection();
        if (connection.isValid(1)) {
          connection.setReadOnly(true);
          return connection;
        }
        replica.evictConnection(connection);
      } catch (SQLException e) {
        if (connection != null) {
          replica.evictConnection(connection);
        }
        rest(e.getMessage());
        return null;
      }
    }
    rest("its connections no longer answer");
    return null;
  }

  /**
   * A read-only transaction, or a statement outside any transaction (a download's pages); either
   * way the connection is made read-only, so a write would fail rather than reach the replica.
   */
  private static boolean readOnly() {
    return !TransactionSynchronizationManager.isActualTransactionActive()
        || TransactionSynchronizationManager.isCurrentTransactionReadOnly();
  }

  private void rest(String why) {
    restingUntil = clock.instant().plus(REST);
    // The pooled connections were made before it went away: none is worth trying again.
    if (replica.getHikariPoolMXBean() != null) {
      replica.getHikariPoolMXBean().softEvictConnections();
    }
    log.warn("Read replica unavailable ({}); reading from the primary for {}", why, REST);
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return primary.getConnection(username, password);
  }
}
