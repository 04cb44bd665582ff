package com.spendwise.database.internal;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Objects;
import java.util.Properties;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.AbstractDataSource;

/**
 * Opens connections with the credentials of a secret that may be rotated. The secret is read once
 * and cached; when the database refuses the cached password, the secret is read again and the
 * connection retried once, so the pool reconnects after a rotation without a restart.
 */
final class RotatingSecretDataSource extends AbstractDataSource {

  private static final Logger log = LoggerFactory.getLogger(RotatingSecretDataSource.class);

  private final Supplier<DatabaseSecret> secrets;
  private final Properties driverProperties;
  private volatile DatabaseSecret current;

  RotatingSecretDataSource(Supplier<DatabaseSecret> secrets, Properties driverProperties) {
    this.secrets = secrets;
    this.driverProperties = driverProperties;
  }

  @Override
  public Connection getConnection() throws SQLException {
    DatabaseSecret used = secret();
    try {
      return connect(used);
    } catch (SQLException e) {
      if (!isAuthenticationFailure(e)) {
        throw e;
      }
      DatabaseSecret fresh = refreshAfterFailureWith(used);
      if (fresh.equals(used)) {
        throw e;
      }
      log.info("Database refused the cached credentials; connecting with the re-read secret");
      return connect(fresh);
    }
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    throw new SQLFeatureNotSupportedException("Credentials come from the secret");
  }

  private DatabaseSecret secret() {
    DatabaseSecret secret = current;
    if (secret == null) {
      synchronized (this) {
        if (current == null) {
          current = secrets.get();
        }
        secret = current;
      }
    }
    return secret;
  }

  /** Threads that failed with the same stale secret share one read of the new one. */
  private synchronized DatabaseSecret refreshAfterFailureWith(DatabaseSecret stale) {
    if (Objects.equals(current, stale)) {
      current = secrets.get();
    }
    return current;
  }

  private Connection connect(DatabaseSecret secret) throws SQLException {
    Properties properties = new Properties();
    properties.putAll(driverProperties);
    properties.setProperty("user", secret.username());
    properties.setProperty("password", secret.password());
    return DriverManager.getConnection(secret.jdbcUrl(), properties);
  }

  /** 28P01 invalid_password, 28000 invalid_authorization_specification. */
  private static boolean isAuthenticationFailure(SQLException e) {
    return "28P01".equals(e.getSQLState()) || "28000".equals(e.getSQLState());
  }
}
