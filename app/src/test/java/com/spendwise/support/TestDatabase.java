package com.spendwise.support;

import com.spendwise.database.internal.EmbeddedPostgresServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.springframework.util.FileSystemUtils;

/**
 * The one PostgreSQL server of a test JVM, started on first use with the service's own embedded
 * launcher and removed when the JVM exits. Each Spring context gets its own database in it.
 */
public final class TestDatabase {

  private static EmbeddedPostgresServer server;

  private TestDatabase() {}

  public static synchronized EmbeddedPostgresServer server() {
    if (server == null) {
      Path root = createReachableTempDirectory("spendwise-test-pg-");
      server = EmbeddedPostgresServer.start(root.resolve("data"), 0, "nobody");
      EmbeddedPostgresServer started = server;
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    started.close();
                    FileSystemUtils.deleteRecursively(root.toFile());
                  }));
    }
    return server;
  }

  /** A database of its own for one Spring context, created on first request. */
  public static String jdbcUrl(String database) {
    server().createDatabaseIfMissing(database);
    return server().jdbcUrl(database);
  }

  public static void superuserSql(String sql) {
    try (Connection connection =
            DriverManager.getConnection(
                server().jdbcUrl("postgres"), server().username(), server().password());
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A temporary directory that PostgreSQL can enter when the tests run as root. */
  public static Path createReachableTempDirectory(String prefix) {
    try {
      Path dir = Files.createTempDirectory(prefix);
      Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
