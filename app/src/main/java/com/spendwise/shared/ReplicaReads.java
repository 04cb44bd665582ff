package com.spendwise.shared;

import java.util.function.Supplier;

/**
 * Marks work that may read from the read replica: reports, exports and backups, which tolerate a
 * replica's lag of a second or so. Anything else reads the primary, so that a page shown right
 * after a change (a list after recording, an edit form after saving, a profile just provisioned)
 * always shows it. Only read-only transactions ever go to the replica.
 */
public final class ReplicaReads {

  private static final ThreadLocal<Boolean> ALLOWED = new ThreadLocal<>();

  private ReplicaReads() {}

  /** Whether the current thread's read-only transactions may use the replica. */
  public static boolean allowed() {
    return Boolean.TRUE.equals(ALLOWED.get());
  }

  /** Output written with replica reads allowed. */
  public interface Writing {
    void write() throws java.io.IOException;
  }

  /** Runs {@code work}, which writes output, with replica reads allowed. */
  public static void write(Writing work) throws java.io.IOException {
    Boolean before = ALLOWED.get();
    ALLOWED.set(Boolean.TRUE);
    try {
      work.write();
    } finally {
      if (before == null) {
        ALLOWED.remove();
      } else {
        ALLOWED.set(before);
      }
    }
  }

  /** Runs {@code work} with replica reads allowed. */
  public static <T> T call(Supplier<T> work) {
    Boolean before = ALLOWED.get();
    ALLOWED.set(Boolean.TRUE);
    try {
      return work.get();
    } finally {
      if (before == null) {
        ALLOWED.remove();
      } else {
        ALLOWED.set(before);
      }
    }
  }
}
