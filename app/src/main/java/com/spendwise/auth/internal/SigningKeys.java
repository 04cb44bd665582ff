package com.spendwise.auth.internal;

import com.nimbusds.jose.JWSAlgorithm;
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
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The RSA keys of the local issuer, kept in the database so that every instance signs and verifies
 * with the same keys and a restart does not log everybody out. The first instance to start creates
 * the key, under an advisory lock so two instances starting together create one.
 */
final class SigningKeys {

  private final JdbcClient jdbc;
  private final TransactionTemplate transactions;
  private volatile Loaded keys;

  SigningKeys(JdbcClient jdbc, TransactionTemplate transactions) {
    this.jdbc = jdbc;
    this.transactions = transactions;
  }

  /** The full keys, private halves included: for signing only. */
  JWKSet all() {
    return loaded().all();
  }

  /** What verifies tokens and what /.well-known/jwks.json publishes. */
  JWKSet publicKeys() {
    return loaded().publicOnly();
  }

  private Loaded loaded() {
    Loaded current = keys;
    if (current == null) {
      synchronized (this) {
        if (keys == null) {
          JWKSet all = transactions.execute(status -> loadOrCreate());
          keys = new Loaded(all, all.toPublicJWKSet());
        }
        current = keys;
      }
    }
    return current;
  }

  private record Loaded(JWKSet all, JWKSet publicOnly) {}

  private JWKSet loadOrCreate() {
    jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('spendwise.signing-keys'))")
        .query()
        .singleRow();
    List<RSAKey> stored =
        jdbc.sql("SELECT kid, private_key, public_key FROM signing_keys ORDER BY created_at DESC")
            .query((rs, n) -> toJwk(rs.getString(1), rs.getBytes(2), rs.getBytes(3)))
            .list();
    if (!stored.isEmpty()) {
      return new JWKSet(List.copyOf(stored));
    }
    KeyPair pair = generate();
    String kid = UUID.randomUUID().toString();
    jdbc.sql("INSERT INTO signing_keys (kid, private_key, public_key) VALUES (?, ?, ?)")
        .params(kid, pair.getPrivate().getEncoded(), pair.getPublic().getEncoded())
        .update();
    return new JWKSet(toJwk(kid, pair.getPrivate().getEncoded(), pair.getPublic().getEncoded()));
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
      return new RSAKey.Builder(
              (RSAPublicKey) rsa.generatePublic(new X509EncodedKeySpec(publicKey)))
          .privateKey((RSAPrivateKey) rsa.generatePrivate(new PKCS8EncodedKeySpec(privateKey)))
          .keyID(kid)
          .keyUse(KeyUse.SIGNATURE)
          .algorithm(JWSAlgorithm.RS256)
          .build();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Stored signing key " + kid + " is unreadable", e);
    }
  }
}
