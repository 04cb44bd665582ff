package com.spendwise.auth.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.JWK;
import com.spendwise.support.MutableClock;
import com.spendwise.support.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The local issuer's keys on a database of their own (so that rotating them does not disturb the
 * other tests' tokens), two "instances" sharing it, and a clock the test moves: no sleeps.
 */
class SigningKeyRotationTest {

  private static final Duration TTL = Duration.ofHours(1);
  private static final Duration ROTATION = Duration.ofDays(30);
  private static final String SECRET = "a key-encryption secret for this test";

  private static JdbcClient jdbc;
  private static TransactionTemplate transactions;

  private final MutableClock clock = new MutableClock();
  private final AuthProperties.Local local =
      new AuthProperties.Local(
          "urn:spendwise:local",
          "spendwise-local",
          TTL,
          5,
          Duration.ofMinutes(1),
          Duration.ofMinutes(15),
          ROTATION,
          SECRET,
          null,
          null);

  @BeforeAll
  static void migrate() {
    DataSource database =
        new DriverManagerDataSource(
            TestDatabase.jdbcUrl("spendwise_keys"),
            TestDatabase.server().username(),
            TestDatabase.server().password());
    Flyway.configure().dataSource(database).load().migrate();
    jdbc = JdbcClient.create(database);
    transactions = new TransactionTemplate(new DataSourceTransactionManager(database));
  }

  @BeforeEach
  void noKeys() {
    jdbc.sql("DELETE FROM signing_keys").update();
  }

  private SigningKeys instance(String secret) {
    return new SigningKeys(jdbc, transactions, new KeyEncryption(secret), clock, ROTATION, TTL);
  }

  private String token(SigningKeys keys) {
    return LocalConfiguration.issuer(keys, local, clock)
        .issue(UUID.randomUUID(), "someone@example.com")
        .accessToken();
  }

  @Test
  void aTokenSignedBeforeARotationVerifiesUntilItExpiresThenNot() {
    SigningKeys keys = instance(SECRET);
    JwtDecoder decoder = LocalConfiguration.decoder(keys, local, clock);
    assertThat(keys.signing()).as("the first key, made now").isNotNull();

    clock.advance(ROTATION.minusMinutes(10));
    String before = token(keys);
    String oldKid = decoder.decode(before).getHeaders().get("kid").toString();

    clock.advance(Duration.ofMinutes(10));
    String after = token(keys);
    String newKid = decoder.decode(after).getHeaders().get("kid").toString();

    assertThat(newKid).as("a new key signs after 30 days").isNotEqualTo(oldKid);
    assertThat(kids(keys)).as("the JWKS publishes both").containsExactlyInAnyOrder(oldKid, newKid);
    assertThat(decoder.decode(before).getSubject()).isNotBlank();
    assertThat(
            jdbc.sql("SELECT length(private_key) FROM signing_keys WHERE kid = ?")
                .param(oldKid)
                .query(Integer.class)
                .single())
        .as("a retired key can no longer sign: its private half is erased")
        .isZero();

    clock.advance(Duration.ofMinutes(51));
    assertThatThrownBy(() -> decoder.decode(before))
        .as("expired (50 minutes after the rotation, plus the 30 s skew)")
        .isInstanceOf(JwtException.class);

    clock.advance(Duration.ofMinutes(10));
    assertThat(kids(keys))
        .as("the old key goes once every token it signed has expired")
        .containsExactly(newKid);
    assertThat(jdbc.sql("SELECT kid FROM signing_keys").query(String.class).list())
        .containsExactly(newKid);
    assertThat(decoder.decode(token(keys)).getHeaders().get("kid")).isEqualTo(newKid);
  }

  @Test
  void anotherInstanceVerifiesATokenOfAKeyItHasNotSeenYet() {
    SigningKeys first = instance(SECRET);
    SigningKeys second = instance(SECRET);
    JwtDecoder secondDecoder = LocalConfiguration.decoder(second, local, clock);
    String early = token(second);
    assertThat(secondDecoder.decode(early).getSubject()).isNotBlank();

    // The first instance finds the key due (made 31 days ago) and rotates; the second has its
    // keys in memory and has not looked since.
    jdbc.sql("UPDATE signing_keys SET created_at = created_at - interval '31 days'").update();
    String rotated = token(first);
    assertThat(first.signing().getKeyID()).isNotEqualTo(second.signing().getKeyID());

    clock.advance(Duration.ofSeconds(11));
    assertThat(secondDecoder.decode(rotated).getSubject()).isNotBlank();
    assertThat(secondDecoder.decode(early).getSubject())
        .as("and the key it signed with before still verifies")
        .isNotBlank();
  }

  @Test
  void theStoredRowCannotSignWithoutTheSecret() {
    SigningKeys keys = instance(SECRET);
    assertThat(token(keys)).isNotBlank();

    byte[] stored =
        jdbc.sql("SELECT private_key FROM signing_keys WHERE retired_at IS NULL")
            .query(byte[].class)
            .single();
    assertThatThrownBy(
            () -> KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(stored)))
        .as("the row is not a private key as stored")
        .isInstanceOf(Exception.class);
    assertThatThrownBy(() -> instance("another secret, not the one that sealed it").signing())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("cannot be opened");
  }

  @Test
  void aKeyWrittenBeforeSealingIsSealedInPlace() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    KeyPair pair = generator.generateKeyPair();
    jdbc.sql("INSERT INTO signing_keys (kid, private_key, public_key) VALUES ('legacy', ?, ?)")
        .params(pair.getPrivate().getEncoded(), pair.getPublic().getEncoded())
        .update();

    assertThat(instance(SECRET).signing().getKeyID()).isEqualTo("legacy");

    assertThat(
            jdbc.sql("SELECT sealed AND private_key <> ? FROM signing_keys WHERE kid = 'legacy'")
                .param(pair.getPrivate().getEncoded())
                .query(Boolean.class)
                .single())
        .isTrue();
    assertThat(instance(SECRET).signing().toRSAPrivateKey()).isEqualTo(pair.getPrivate());
  }

  @Test
  void withoutASecretOneIsGeneratedOnceIntoAnOwnerOnlyFile(@TempDir Path dir) {
    Path file = dir.resolve("data").resolve("key-encryption.secret");

    byte[] sealed = KeyEncryption.from("", file).seal("k", new byte[] {1, 2, 3});

    assertThat(file).exists();
    assertThat(filePermissions(file))
        .isEqualTo(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
    assertThat(KeyEncryption.from(null, file).open("k", sealed)).containsExactly(1, 2, 3);
    assertThatThrownBy(() -> KeyEncryption.from(null, file).open("another kid", sealed))
        .isInstanceOf(IllegalStateException.class);
  }

  private static Set<PosixFilePermission> filePermissions(Path file) {
    try {
      return Files.getPosixFilePermissions(file);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static List<String> kids(SigningKeys keys) {
    return keys.publicKeys().getKeys().stream().map(JWK::getKeyID).toList();
  }
}
