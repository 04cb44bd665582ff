package com.spendwise.database.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs PostgreSQL's command-line tools (initdb, pg_ctl), logging what they print. */
final class Processes {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

  private Processes() {}

  static void run(List<String> command, String what) {
    int exit = waitFor(start(command), what);
    if (exit != 0) {
      throw new IllegalStateException(what + " failed with exit code " + exit);
    }
  }

  static Process start(List<String> command) {
    try {
      return new ProcessBuilder(command).redirectErrorStream(true).start();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not run " + command.get(0), e);
    }
  }

  static int waitFor(Process process, String what) {
    try (InputStream out = process.getInputStream()) {
      String output = new String(out.readAllBytes(), StandardCharsets.UTF_8).strip();
      if (!process.waitFor(3, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new IllegalStateException(what + " did not finish");
      }
      if (!output.isEmpty()) {
        log.debug("{}: {}", what, output);
        if (process.exitValue() != 0) {
          log.error("{} failed: {}", what, output);
        }
      }
      return process.exitValue();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(what + " interrupted", e);
    }
  }
}
