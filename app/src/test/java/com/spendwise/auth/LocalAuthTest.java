package com.spendwise.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.spendwise.auth.internal.ServiceKeys;
import com.spendwise.support.Api;
import com.spendwise.support.ApiTest;
import com.spendwise.support.Tokens;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

class LocalAuthTest extends ApiTest {

  @Autowired private ApplicationContext context;

  private static final String PASSWORD = "a long enough password";

  @Test
  void registeredUserGetsATokenThatOpensTheApi() {
    String email = uniqueEmail();
    api().register(email);

    Api.Response token =
        api()
            .post(
                "/api/v1/auth/token",
                null,
                Map.of("email", email.toUpperCase(), "password", PASSWORD));

    assertThat(token.status()).isEqualTo(200);
    assertThat(token.header("Cache-Control")).contains("no-store");
    assertThat(token.json().get("tokenType").asString()).isEqualTo("Bearer");
    String accessToken = token.json().get("accessToken").asString();
    assertThat(api().get("/api/v1/me", accessToken).json().get("email").asString())
        .isEqualTo(email);
  }

  @Test
  void passwordsAreStoredAsArgon2Hashes() {
    String email = uniqueEmail();
    api().register(email);

    String hash =
        jdbc.sql("SELECT password_hash FROM local_accounts WHERE email = ?")
            .param(email)
            .query(String.class)
            .single();

    assertThat(hash).startsWith("{argon2}$argon2id$").doesNotContain(PASSWORD);
  }

  @Test
  void registeringAnEmailTwiceIsAConflict() {
    String email = uniqueEmail();
    api().register(email);

    Api.Response again =
        api()
            .post(
                "/api/v1/auth/register",
                null,
                Map.of("email", email.toUpperCase(), "password", PASSWORD));

    assertThat(again.status()).isEqualTo(409);
    assertThat(again.json().get("code").asString()).isEqualTo("email-taken");
  }

  @Test
  void registrationValidatesEveryField() {
    Api.Response response =
        api()
            .post(
                "/api/v1/auth/register",
                null,
                Map.of("email", "not-an-email", "password", "short"));

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().get("code").asString()).isEqualTo("validation-failed");
    assertThat(response.json().get("errors").findValuesAsString("field"))
        .containsExactlyInAnyOrder("email", "password");
  }

  @Test
  void fieldsTheRequestDoesNotHaveAreRejected() {
    String email = uniqueEmail();

    Api.Response response =
        api()
            .post(
                "/api/v1/auth/register",
                null,
                Map.of("email", email, "password", PASSWORD, "isAdmin", true));

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("isAdmin");
    assertThat(response.json().get("errors").get(0).get("code").asString())
        .isEqualTo("unknown-field");
    assertThat(
            jdbc.sql("SELECT count(*) FROM local_accounts WHERE email = ?")
                .param(email)
                .query(Integer.class)
                .single())
        .as("nothing is written")
        .isZero();
  }

  @Test
  void wrongPasswordAndUnknownEmailGetTheSameAnswer() {
    String email = uniqueEmail();
    api().register(email);

    Api.Response wrong =
        api()
            .post(
                "/api/v1/auth/token", null, Map.of("email", email, "password", "not the password"));
    Api.Response unknown =
        api()
            .post("/api/v1/auth/token", null, Map.of("email", uniqueEmail(), "password", PASSWORD));

    assertThat(wrong.status()).isEqualTo(401);
    assertThat(unknown.status()).isEqualTo(401);
    assertThat(wrong.json().get("code").asString()).isEqualTo("invalid-credentials");
    assertThat(unknown.text()).isEqualTo(wrong.text());
  }

  @Test
  void repeatedFailedLoginsLockTheAccountUntilTimePasses() {
    String email = uniqueEmail();
    api().register(email);
    for (int i = 0; i < 5; i++) {
      assertThat(login(email, "wrong password " + i).status()).isEqualTo(401);
    }

    Api.Response locked = login(email, PASSWORD);

    assertThat(locked.status()).isEqualTo(429);
    assertThat(locked.json().get("code").asString()).isEqualTo("too-many-failed-logins");
    assertThat(Long.parseLong(locked.header("Retry-After"))).isBetween(1L, 61L);

    clock.advance(Duration.ofSeconds(61));
    assertThat(login(email, PASSWORD).status()).isEqualTo(200);
    assertThat(login(email, "wrong again").status())
        .as("a successful login resets the count")
        .isEqualTo(401);
    assertThat(login(email, PASSWORD).status()).isEqualTo(200);
  }

  @Test
  void parallelGuessesCannotSlipPastTheLimit() throws Exception {
    String email = uniqueEmail();
    api().register(email);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Integer> statuses = new ArrayList<>();
    try {
      List<Callable<Integer>> guesses = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        String guess = "guess number " + i;
        guesses.add(() -> login(email, guess).status());
      }
      for (Future<Integer> status : pool.invokeAll(guesses)) {
        statuses.add(status.get());
      }
    } finally {
      pool.shutdown();
    }

    assertThat(statuses.stream().filter(s -> s == 401).count())
        .as("only as many passwords are checked as the limit allows")
        .isEqualTo(5);
    assertThat(statuses.stream().filter(s -> s == 429).count()).isEqualTo(11);
  }

  @Test
  void jwksPublishesOnlyPublicKeys() {
    Api.Response jwks = api().get("/.well-known/jwks.json", null);

    assertThat(jwks.status()).isEqualTo(200);
    JWK key = parseFirstKey(jwks.text());
    assertThat(key.isPrivate()).isFalse();
    assertThat(key.getKeyID()).isNotBlank();
  }

  @Test
  void tokensThatFailAnyCheckAreRejectedWithAProblem() throws Exception {
    RSAKey serviceKey = serviceKey();
    String issuer = "urn:spendwise:local";
    String client = "spendwise-local";
    String subjectToken = api().register(uniqueEmail());
    Map<String, UnaryOperator<JWTClaimsSet.Builder>> claims =
        Map.of(
            "expired",
            c -> c.expirationTime(java.util.Date.from(clock.instant().minusSeconds(120))),
            "other issuer",
            c -> c.issuer("https://issuer.example.com"),
            "other client",
            c -> c.claim("client_id", "someone-else"),
            "id token",
            c -> c.claim("token_use", "id").audience(List.of(client)),
            "no expiry",
            c -> c.expirationTime(null));
    for (var entry : claims.entrySet()) {
      String token =
          Tokens.sign(
              serviceKey,
              entry.getValue().apply(Tokens.accessClaims(issuer, client, clock.instant())).build());
      assertUnauthorized(token, entry.getKey());
    }
    // The subject of an existing account: in local mode a token of a subject with no account (one
    // deleted meanwhile) is refused even when correctly signed (AccountDeletionTest).
    JWTClaimsSet valid =
        Tokens.accessClaims(issuer, client, clock.instant())
            .subject(com.nimbusds.jwt.SignedJWT.parse(subjectToken).getJWTClaimsSet().getSubject())
            .build();
    assertUnauthorized(
        Tokens.sign(serviceKey, Tokens.accessClaims(issuer, client, clock.instant()).build()),
        "correctly signed, for a subject that has no account");
    assertThat(api().get("/api/v1/me", Tokens.sign(serviceKey, valid)).status())
        .as("the same claims, correctly signed, are accepted")
        .isEqualTo(200);
    assertUnauthorized(Tokens.sign(Tokens.newKey(), valid), "unknown key id");
    assertUnauthorized(
        Tokens.sign(Tokens.newKey(), valid, h -> h.keyID(serviceKey.getKeyID())), "bad signature");
    assertUnauthorized(Tokens.unsigned(valid), "alg none");
    assertUnauthorized(
        Tokens.withForgedPayload(subjectToken, valid.toString()),
        "payload swapped under a signature");
  }

  private void assertUnauthorized(String token, String why) {
    Api.Response response = api().get("/api/v1/me", token);
    assertThat(response.status()).as(why).isEqualTo(401);
    assertThat(response.contentType()).as(why).startsWith("application/problem+json");
    assertThat(response.json().get("code").asString()).as(why).isEqualTo("invalid-token");
    assertThat(response.header("WWW-Authenticate")).as(why).startsWith("Bearer");
  }

  private Api.Response login(String email, String password) {
    return api().post("/api/v1/auth/token", null, Map.of("email", email, "password", password));
  }

  /**
   * The key the service signs with, as the service holds it in memory (the stored row is sealed and
   * cannot sign on its own: SigningKeyRotationTest).
   */
  private RSAKey serviceKey() {
    return ServiceKeys.signing(context);
  }

  private static JWK parseFirstKey(String jwks) {
    try {
      return com.nimbusds.jose.jwk.JWKSet.parse(jwks).getKeys().get(0);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
