package com.spendwise.database.internal;

import java.net.URI;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.StringUtils;

/**
 * Where the database is. The first that is set wins: a Secrets Manager secret, a JDBC URL, else an
 * embedded PostgreSQL. Environment variable names are mapped in application.yml.
 */
@ConfigurationProperties("spendwise.db")
record DatabaseProperties(
    String secretId,
    URI secretsManagerEndpoint,
    String awsRegion,
    String url,
    String username,
    String password,
    String sslMode,
    String sslRootCert,
    Embedded embedded,
    Read read) {

  record Embedded(Path dir, int port, String osUser, String database) {}

  /**
   * An optional read replica for reports, exports and backups: a Secrets Manager secret in the same
   * format as the primary's (its {@code host} replaced by {@code host} when given, as when the
   * replica shares the primary's credentials), or a JDBC URL with its own credentials.
   */
  record Read(String secretId, String host, String url, String username, String password) {

    boolean configured() {
      return StringUtils.hasText(secretId) || StringUtils.hasText(url);
    }
  }

  enum Mode {
    SECRETS_MANAGER,
    URL,
    EMBEDDED
  }

  Mode mode() {
    if (StringUtils.hasText(secretId)) {
      return Mode.SECRETS_MANAGER;
    }
    return StringUtils.hasText(url) ? Mode.URL : Mode.EMBEDDED;
  }

  /** Password-free description of the chosen database, for the startup log. */
  String describe() {
    return switch (mode()) {
      case SECRETS_MANAGER -> "PostgreSQL from Secrets Manager secret " + secretId;
      case URL -> "PostgreSQL at " + url.replaceAll("(?i)password=[^&]*", "password=****");
      case EMBEDDED -> "embedded PostgreSQL in " + embedded.dir().toAbsolutePath();
    };
  }
}
