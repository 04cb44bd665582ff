package com.spendwise.database.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The unprivileged account that PostgreSQL runs as when this JVM runs as root. */
record OsAccount(String name, int uid, int gid) {

  static boolean isRoot() {
    return "root".equals(System.getProperty("user.name"));
  }

  static OsAccount lookup(String name) {
    try (Stream<String> lines = Files.lines(Path.of("/etc/passwd"))) {
      return lines
          .map(line -> line.split(":"))
          .filter(fields -> fields.length > 3 && fields[0].equals(name))
          .findFirst()
          .map(f -> new OsAccount(name, Integer.parseInt(f[2]), Integer.parseInt(f[3])))
          .orElseThrow(
              () ->
                  new IllegalStateException(
                      "Running as root: PostgreSQL must run as another account, and '"
                          + name
                          + "' does not exist. Set SPENDWISE_EMBEDDED_DB_OS_USER to an existing"
                          + " account."));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Runs the command as this account, with no supplementary groups and no way back to root. */
  List<String> wrap(List<String> command) {
    List<String> wrapped =
        new ArrayList<>(
            List.of("setpriv", "--reuid=" + uid, "--regid=" + gid, "--clear-groups", "--"));
    wrapped.addAll(command);
    return wrapped;
  }

  /** Gives the tree to this account, as initdb and the server require. */
  void own(Path root) {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : (Iterable<Path>) paths::iterator) {
        Files.setAttribute(path, "unix:uid", uid);
        Files.setAttribute(path, "unix:gid", gid);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not give " + root + " to " + name, e);
    }
  }

  /** The account must be able to walk down to the data directory; fail early and say so. */
  void requireReachable(Path directory) throws IOException {
    for (Path p = directory.toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.exists(p)
          && !Files.getPosixFilePermissions(p).contains(PosixFilePermission.OTHERS_EXECUTE)) {
        throw new IllegalStateException(
            "Running as root: PostgreSQL runs as '"
                + name
                + "', which cannot enter "
                + p
                + ". Set SPENDWISE_EMBEDDED_DB_DIR to a directory it can reach, or run as a"
                + " non-root user.");
      }
    }
  }
}
