package com.spendwise.database.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server run from the binaries that io.zonky.test ships on Maven Central, with a data
 * directory that outlives the process.
 *
 * <p>We drive initdb and pg_ctl ourselves instead of through zonky's EmbeddedPostgres because that
 * class cannot run as root (PostgreSQL refuses to), and a self-hoster's container or CI runs as
 * root. As root, every PostgreSQL process runs as an unprivileged account through setpriv.
 *
 * <p>The server listens on 127.0.0.1 only, without a Unix socket, and requires a password
 * (scram-sha-256) that is generated at initdb and kept in a file readable by its owner only.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

  static final String SUPERUSER = "postgres";
  private static final String PASSWORD_FILE = "spendwise-superuser.password";
  private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

  private final Path dataDirectory;
  private final Path binDirectory;
  private final OsAccount runAs;
  private final int port;
  private final String password;
  private boolean running;

  private EmbeddedPostgresServer(
      Path dataDirectory, Path binDirectory, OsAccount runAs, int port, String password) {
    this.dataDirectory = dataDirectory;
    this.binDirectory = binDirectory;
    this.runAs = runAs;
    this.port = port;
    this.password = password;
  }

  /**
   * Starts a server on {@code dataDirectory}, creating the cluster on first use.
   *
   * @param port the TCP port, or 0 for any free one
   * @param osUser the account PostgreSQL runs as when this JVM runs as root
   */
  public static EmbeddedPostgresServer start(Path dataDirectory, int port, String osUser) {
    Path data = dataDirectory.toAbsolutePath().normalize();
    Path bin = PostgresBinaries.extract().resolve("bin");
    OsAccount runAs = OsAccount.isRoot() ? OsAccount.lookup(osUser) : null;
    try {
      if (!Files.exists(data.resolve("PG_VERSION"))) {
        initialise(data, bin, runAs);
      }
      Path passwordFile = data.resolve(PASSWORD_FILE);
      if (!Files.exists(passwordFile)) {
        throw new IllegalStateException(
            data
                + " holds a PostgreSQL cluster that SpendWise did not finish creating (no "
                + PASSWORD_FILE
                + "). Move it away, or set SPENDWISE_EMBEDDED_DB_DIR to another directory.");
      }
      String password = Files.readString(passwordFile).strip();
      EmbeddedPostgresServer server =
          new EmbeddedPostgresServer(data, bin, runAs, port == 0 ? freePort() : port, password);
      server.stopLeftover();
      server.startServer();
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start embedded PostgreSQL in " + data, e);
    }
  }

  public String jdbcUrl(String database) {
    return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
  }

  /** Creates {@code database} unless it exists; run once at startup. */
  public void createDatabaseIfMissing(String database) {
    if (!database.matches("[a-z_][a-z0-9_]*")) {
      throw new IllegalArgumentException("Not a plain database name: " + database);
    }
    try (Connection connection =
            DriverManager.getConnection(jdbcUrl("postgres"), SUPERUSER, password);
        Statement statement = connection.createStatement();
        ResultSet exists =
            statement.executeQuery(
                "SELECT 1 FROM pg_database WHERE datname = '" + database + "'")) {
      if (!exists.next()) {
        statement.execute("CREATE DATABASE " + database);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not create database " + database, e);
    }
  }

  public int port() {
    return port;
  }

  public String username() {
    return SUPERUSER;
  }

  public String password() {
    return password;
  }

  @Override
  public synchronized void close() {
    if (!running) {
      return;
    }
    running = false;
    Processes.run(pgCtl("stop", "-m", "fast", "-w", "-t", "60"), "pg_ctl stop");
    log.info("Embedded PostgreSQL stopped ({})", dataDirectory);
  }

  private static void initialise(Path data, Path bin, OsAccount runAs) throws IOException {
    Files.createDirectories(data.getParent());
    if (runAs != null) {
      runAs.requireReachable(data.getParent());
    }
    if (!Files.isDirectory(data)) {
      Files.createDirectory(data, PosixFilePermissions.asFileAttribute(ownerOnly()));
    }
    Path passwordFile = data.getParent().resolve(".initdb-" + System.nanoTime());
    String password = randomPassword();
    Files.writeString(passwordFile, password, StandardCharsets.UTF_8);
    try {
      Files.setPosixFilePermissions(passwordFile, Set.of(PosixFilePermission.OWNER_READ));
      if (runAs != null) {
        runAs.own(data);
        runAs.own(passwordFile);
      }
      List<String> initdb = new ArrayList<>();
      initdb.add(bin.resolve("initdb").toString());
      initdb.addAll(
          List.of(
              "-D",
              data.toString(),
              "-U",
              SUPERUSER,
              "--pwfile=" + passwordFile,
              "--auth=scram-sha-256",
              "-E",
              "UTF8",
              "--locale-provider=builtin",
              "--builtin-locale=C.UTF-8",
              "--no-instructions"));
      log.info("Creating embedded PostgreSQL cluster in {}", data);
      Processes.run(wrap(runAs, initdb), "initdb");
    } finally {
      Files.deleteIfExists(passwordFile);
    }
    // Written after initdb succeeded: its presence with PG_VERSION marks a complete cluster.
    Path kept = data.resolve(PASSWORD_FILE);
    Files.writeString(kept, password, StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(kept, Set.of(PosixFilePermission.OWNER_READ));
  }

  /** A server left running by a process that was killed holds the data directory: stop it. */
  private void stopLeftover() {
    if (Files.exists(dataDirectory.resolve("postmaster.pid"))) {
      Process status = Processes.start(pgCtl("status"));
      if (Processes.waitFor(status, "pg_ctl status") == 0) {
        log.warn("Stopping a PostgreSQL server left running on {}", dataDirectory);
        Processes.run(pgCtl("stop", "-m", "fast", "-w", "-t", "60"), "pg_ctl stop");
      }
    }
  }

  private void startServer() {
    String options =
        String.join(
            " ",
            "-p " + port,
            "-c listen_addresses=127.0.0.1",
            "-c unix_socket_directories=''",
            "-c max_connections=200");
    Processes.run(
        pgCtl(
            "start",
            "-w",
            "-t",
            "120",
            "-o",
            options,
            "-l",
            dataDirectory.resolve("postgres.log").toString()),
        "pg_ctl start");
    running = true;
    log.info("Embedded PostgreSQL listening on 127.0.0.1:{}, data in {}", port, dataDirectory);
  }

  private List<String> pgCtl(String... args) {
    List<String> command = new ArrayList<>();
    command.add(binDirectory.resolve("pg_ctl").toString());
    command.add("-D");
    command.add(dataDirectory.toString());
    command.addAll(List.of(args));
    return wrap(runAs, command);
  }

  private static List<String> wrap(OsAccount runAs, List<String> command) {
    return runAs == null ? command : runAs.wrap(command);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  private static String randomPassword() {
    byte[] bytes = new byte[24];
    new SecureRandom().nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static Set<PosixFilePermission> ownerOnly() {
    return PosixFilePermissions.fromString("rwx------");
  }
}
