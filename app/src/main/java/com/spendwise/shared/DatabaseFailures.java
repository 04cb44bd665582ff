package com.spendwise.shared;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a database that is gone (stopped, restarted, failed over: RDS Multi-AZ closes every open
 * connection) from a bug: the first is answered 503 with Retry-After, never 500. When one
 * connection is found lost, the pool's idle ones are retired too: what ended one session ended them
 * all, and each would otherwise fail a request of its own before the pool noticed.
 */
@Component
public class DatabaseFailures {

  /**
   * SQLStates of a server that ended the session: admin_shutdown (what pg_terminate_backend and a
   * fast restart send), crash_shutdown, cannot_connect_now (still starting).
   */
  private static final Set<String> ENDED = Set.of("57P01", "57P02", "57P03");

  private static final Logger log = LoggerFactory.getLogger(DatabaseFailures.class);

  private final DataSource dataSource;

  DatabaseFailures(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * Whether {@code failure} comes from a lost connection ({@link #lostConnection}); if so, the
   * pool's idle connections are replaced by fresh ones as they are next needed.
   */
  public boolean recognise(Throwable failure) {
    if (!lostConnection(failure)) {
      return false;
    }
    try {
      if (dataSource.isWrapperFor(HikariDataSource.class)) {
        HikariPoolMXBean pool = dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean();
        if (pool != null) {
          pool.softEvictConnections();
        }
      }
    } catch (SQLException e) {
      log.debug("Could not retire the pool's connections", e);
    }
    return true;
  }

  /**
   * Whether a fresh connection could help: not when the pool had none to give within its time-out
   * (the database is unreachable, and a second wait would only double the person's).
   */
  public static boolean freshConnectionMayHelp(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLTransientConnectionException) {
        return false;
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return true;
  }

  /**
   * Whether {@code failure} comes from a lost connection: a connection-class SQLState (08…), a
   * session the server ended, no connection to be had, or a statement on a connection the pool
   * already knew was broken ("Connection is closed", which has no SQLState).
   */
  public static boolean lostConnection(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof CannotGetJdbcConnectionException
          || cause instanceof CannotCreateTransactionException
          || cause instanceof SQLTransientConnectionException
          || cause instanceof SQLRecoverableException) {
        return true;
      }
      if (cause instanceof SQLException sql) {
        String state = sql.getSQLState();
        if ((state != null && (state.startsWith("08") || ENDED.contains(state)))
            || (state == null && "Connection is closed".equals(sql.getMessage()))) {
          return true;
        }
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return false;
  }
}
