package com.spendwise.auth.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.util.StringUtils;

/**
 * Seals the private halves of the signing keys (AES-256-GCM, a fresh 96-bit nonce each time, the
 * key id as associated data so that a sealed key cannot be moved to another row) with a key that is
 * not in the database: {@code SPENDWISE_KEY_ENCRYPTION_SECRET}, or else the secret kept in a file
 * that is generated once with owner-only permissions (0600). A database dump alone cannot sign a
 * token.
 */
final class KeyEncryption {

  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final SecretKeySpec key;

  KeyEncryption(String secret) {
    if (secret == null || secret.strip().length() < 16) {
      throw new IllegalStateException(
          "The key-encryption secret must be at least 16 characters long");
    }
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(
                  ("spendwise-signing-keys:" + secret.strip()).getBytes(StandardCharsets.UTF_8));
      this.key = new SecretKeySpec(digest, "AES");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The secret given, else the one in {@code file}, generated there on first start. */
  static KeyEncryption from(String secret, Path file) {
    if (StringUtils.hasText(secret)) {
      return new KeyEncryption(secret);
    }
    if (file == null) {
      throw new IllegalStateException(
          "Set SPENDWISE_KEY_ENCRYPTION_SECRET or SPENDWISE_KEY_ENCRYPTION_SECRET_FILE");
    }
    return new KeyEncryption(readOrCreate(file.toAbsolutePath().normalize()));
  }

  private static String readOrCreate(Path file) {
    try {
      if (!Files.exists(file)) {
        Files.createDirectories(file.getParent());
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String generated = Base64.getEncoder().encodeToString(random);
        try {
          Files.createFile(
              file,
              PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
          Files.writeString(file, generated + "\n");
          return generated;
        } catch (FileAlreadyExistsException raced) {
          // Another instance on this machine made it first; read theirs.
        }
      }
      return Files.readString(file).strip();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read or create the key-encryption secret " + file, e);
    }
  }

  byte[] seal(String kid, byte[] plain) {
    try {
      byte[] nonce = new byte[NONCE_BYTES];
      RANDOM.nextBytes(nonce);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(kid.getBytes(StandardCharsets.UTF_8));
      byte[] sealed = cipher.doFinal(plain);
      byte[] out = Arrays.copyOf(nonce, NONCE_BYTES + sealed.length);
      System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
      return out;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  byte[] open(String kid, byte[] sealed) {
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
      cipher.updateAAD(kid.getBytes(StandardCharsets.UTF_8));
      return cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(
          "Signing key "
              + kid
              + " cannot be opened with this key-encryption secret (was"
              + " SPENDWISE_KEY_ENCRYPTION_SECRET or its file changed?)",
          e);
    }
  }
}
