package com.spendwise.auth.internal;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The RSA keys of the local issuer, kept in the database so that every instance signs and verifies
 * with the same keys and a restart does not sign anybody out.
 *
 * <p>Keys rotate: the newest key signs for {@code rotation} (30 days by default); then a new key is
 * made and the old one is retired: its private half is erased and its public half kept, so that the
 * tokens it signed verify until they expire ({@code tokenTtl} plus the validators' clock skew), and
 * then it is deleted. Each instance keeps the keys in memory until the next rotation or deletion is
 * due, and reloads at once when a token names a key it does not know (another instance rotated
 * first). Rotation happens under an advisory lock, so instances starting or rotating together make
 * one key. Private halves are stored sealed ({@link KeyEncryption}).
 */
final class SigningKeys {

  /** The validators' clock skew: a token is accepted this long past its expiry. */
  static final Duration SKEW = Duration.ofSeconds(30);

  /** How often a token naming an unknown key may make this instance look in the database. */
  private static final Duration UNKNOWN_KEY_RELOAD = Duration.ofSeconds(10);

  private final JdbcClient jdbc;
  private final TransactionTemplate transactions;
  private final KeyEncryption encryption;
  private final Clock clock;
  private final Duration rotation;
  private final Duration tokenTtl;
  private volatile Loaded keys;

  SigningKeys(
      JdbcClient jdbc,
      TransactionTemplate transactions,
      KeyEncryption encryption,
      Clock clock,
      Duration rotation,
      Duration tokenTtl) {
    if (rotation.compareTo(tokenTtl) <= 0) {
      throw new IllegalStateException("Signing keys must rotate less often than tokens expire");
    }
    this.jdbc = jdbc;
    this.transactions = transactions;
    this.encryption = encryption;
    this.clock = clock;
    this.rotation = rotation;
    this.tokenTtl = tokenTtl;
  }

  /** The key that signs now, private half included. */
  RSAKey signing() {
    return loaded().signing();
  }

  /** What verifies tokens and what /.well-known/jwks.json publishes: current and retired keys. */
  JWKSet publicKeys() {
    return loaded().publicKeys();
  }

  /**
   * The public keys, read again from the database when a token names a key this instance does not
   * know and the last reading is more than a few seconds old.
   */
  JWKSet publicKeysWith(String kid) {
    Loaded current = loaded();
    if (kid == null
        || current.publicKeys().getKeyByKeyId(kid) != null
        || clock.instant().isBefore(current.loadedAt().plus(UNKNOWN_KEY_RELOAD))) {
      return current.publicKeys();
    }
    return reload().publicKeys();
  }

  private Loaded loaded() {
    Loaded current = keys;
    if (current == null || !clock.instant().isBefore(current.validUntil())) {
      return reload();
    }
    return current;
  }

  private synchronized Loaded reload() {
    Loaded current = keys;
    Instant now = clock.instant();
    if (current != null
        && now.isBefore(current.validUntil())
        && now.isBefore(current.loadedAt().plus(UNKNOWN_KEY_RELOAD))) {
      return current;
    }
    keys = transactions.execute(status -> loadOrRotate(now));
    return keys;
  }

  private record Loaded(RSAKey signing, JWKSet publicKeys, Instant loadedAt, Instant validUntil) {}

  private record Row(
      String kid,
      byte[] privateKey,
      byte[] publicKey,
      boolean sealed,
      Instant createdAt,
      Instant retiredAt) {}

  private Loaded loadOrRotate(Instant now) {
    jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('spendwise.signing-keys'))")
        .query()
        .singleRow();
    Instant verifiable = now.minus(tokenTtl).minus(SKEW);
    jdbc.sql("DELETE FROM signing_keys WHERE retired_at IS NOT NULL AND retired_at < ?")
        .param(Timestamp.from(verifiable))
        .update();
    List<Row> rows = rows();
    Row signing = rows.stream().filter(r -> r.retiredAt() == null).findFirst().orElse(null);
    if (signing == null || !now.isBefore(signing.createdAt().plus(rotation))) {
      signing = create(now);
      // The retired keys' private halves are erased: from now on they can only verify.
      jdbc.sql(
              "UPDATE signing_keys SET retired_at = ?, private_key = ''::bytea, sealed = TRUE"
                  + " WHERE retired_at IS NULL AND kid <> ?")
          .params(Timestamp.from(now), signing.kid())
          .update();
      rows = rows();
    } else if (!signing.sealed()) {
      // Written before keys were sealed: seal it in place.
      jdbc.sql("UPDATE signing_keys SET private_key = ?, sealed = TRUE WHERE kid = ?")
          .params(encryption.seal(signing.kid(), signing.privateKey()), signing.kid())
          .update();
      rows = rows();
    }
    RSAKey signingKey = null;
    List<JWK> publicKeys = new ArrayList<>();
    Instant validUntil = null;
    String signingKid = rows.stream().filter(r -> r.retiredAt() == null).findFirst().get().kid();
    for (Row row : rows) {
      if (row.kid().equals(signingKid)) {
        signingKey =
            toJwk(row.kid(), encryption.open(row.kid(), row.privateKey()), row.publicKey());
        publicKeys.add(signingKey.toPublicJWK());
        validUntil = earlier(validUntil, row.createdAt().plus(rotation));
      } else {
        publicKeys.add(toJwk(row.kid(), null, row.publicKey()));
        if (row.retiredAt() != null) {
          validUntil = earlier(validUntil, row.retiredAt().plus(tokenTtl).plus(SKEW));
        }
      }
    }
    return new Loaded(signingKey, new JWKSet(publicKeys), now, validUntil);
  }

  private static Instant earlier(Instant a, Instant b) {
    return a == null || b.isBefore(a) ? b : a;
  }

  private List<Row> rows() {
    return jdbc.sql(
            "SELECT kid, private_key, public_key, sealed, created_at, retired_at FROM signing_keys"
                + " ORDER BY created_at DESC")
        .query(
            (rs, n) ->
                new Row(
                    rs.getString(1),
                    rs.getBytes(2),
                    rs.getBytes(3),
                    rs.getBoolean(4),
                    rs.getTimestamp(5).toInstant(),
                    rs.getTimestamp(6) == null ? null : rs.getTimestamp(6).toInstant()))
        .list();
  }

  private Row create(Instant at) {
    // As the database keeps it (microseconds), so that this instance and the next reading agree
    // on when the key is due.
    Instant now = at.truncatedTo(ChronoUnit.MICROS);
    KeyPair pair = generate();
    String kid = UUID.randomUUID().toString();
    byte[] sealed = encryption.seal(kid, pair.getPrivate().getEncoded());
    jdbc.sql(
            "INSERT INTO signing_keys (kid, private_key, public_key, sealed, created_at)"
                + " VALUES (?, ?, ?, TRUE, ?)")
        .params(kid, sealed, pair.getPublic().getEncoded(), Timestamp.from(now))
        .update();
    return new Row(kid, sealed, pair.getPublic().getEncoded(), true, now, null);
  }

  private static KeyPair generate() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static RSAKey toJwk(String kid, byte[] privateKey, byte[] publicKey) {
    try {
      KeyFactory rsa = KeyFactory.getInstance("RSA");
      RSAKey.Builder key =
          new RSAKey.Builder((RSAPublicKey) rsa.generatePublic(new X509EncodedKeySpec(publicKey)))
              .keyID(kid)
              .keyUse(KeyUse.SIGNATURE)
              .algorithm(JWSAlgorithm.RS256);
      if (privateKey != null) {
        key.privateKey((RSAPrivateKey) rsa.generatePrivate(new PKCS8EncodedKeySpec(privateKey)));
      }
      return key.build();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Stored signing key " + kid + " is unreadable", e);
    }
  }
}
