package com.spendwise.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.spendwise.SpendWiseApplication;
import com.spendwise.support.Api;
import com.spendwise.support.HostedUiStandIn;
import com.spendwise.support.JwksStandIn;
import com.spendwise.support.SecretsManagerStandIn;
import com.spendwise.support.TcpProxy;
import com.spendwise.support.TestDatabase;
import com.spendwise.support.Tokens;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The service as it runs on AWS: database credentials from Secrets Manager (a local stand-in,
 * called through the real AWS SDK), users from a Cognito user pool (a local JWKS), and a database
 * reached over a network that can fail (a TCP proxy).
 */
@SpringBootTest(
    classes = SpendWiseApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class CloudModeTest {

  private static final String SECRET_ID = "spendwise/prod/db";
  private static final String REGION = "eu-west-1";
  private static final String POOL = "eu-west-1_TestPool1";
  private static final String ISSUER = "https://cognito-idp." + REGION + ".amazonaws.com/" + POOL;
  private static final String CLIENT = "3n4b5urk1ft4fl3mg5e62d9ado";
  private static final String FIRST_PASSWORD = "first-Pa55word-" + UUID.randomUUID();
  private static final String SECOND_PASSWORD = "second-Pa55word-" + UUID.randomUUID();

  private static final RSAKey POOL_KEY = Tokens.newKey();
  private static final JwksStandIn COGNITO = new JwksStandIn(POOL_KEY);
  private static final SecretsManagerStandIn SECRETS = new SecretsManagerStandIn();
  private static final TcpProxy NETWORK = new TcpProxy(TestDatabase.server().port());
  private static final String WEB_CLIENT = "7ab2webclient0hosted0ui0pkce";
  private static final HostedUiStandIn HOSTED_UI =
      new HostedUiStandIn(POOL_KEY, ISSUER, WEB_CLIENT);
  // The web app's address is registered with the app client, so it is known before start-up.
  private static final int WEB_PORT = freePort();

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired HikariDataSource dataSource;

  @DynamicPropertySource
  static void cloud(DynamicPropertyRegistry registry) {
    TestDatabase.superuserSql("CREATE ROLE spendwise_app LOGIN PASSWORD '" + FIRST_PASSWORD + "'");
    TestDatabase.superuserSql("CREATE DATABASE spendwise_cloud OWNER spendwise_app");
    SECRETS.put(SECRET_ID, secret(FIRST_PASSWORD));
    // The SDK's default credential chain reads these; any values do for the stand-in.
    System.setProperty("aws.accessKeyId", "AKIAIOSFODNN7EXAMPLE");
    System.setProperty("aws.secretAccessKey", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");

    registry.add("spendwise.db.secret-id", () -> SECRET_ID);
    registry.add("spendwise.db.secrets-manager-endpoint", () -> SECRETS.endpoint().toString());
    registry.add("spendwise.db.aws-region", () -> REGION);
    registry.add("spring.datasource.hikari.connection-timeout", () -> "2000");
    registry.add("spendwise.auth.mode", () -> "cognito");
    registry.add("spendwise.auth.cognito.region", () -> REGION);
    registry.add("spendwise.auth.cognito.user-pool-id", () -> POOL);
    registry.add("spendwise.auth.cognito.client-ids", () -> CLIENT);
    registry.add("spendwise.auth.cognito.token-uses", () -> "access,id");
    registry.add("spendwise.auth.cognito.jwks-uri", () -> COGNITO.uri().toString());
    registry.add("spendwise.auth.cognito.domain", () -> HOSTED_UI.domain().toString());
    registry.add("spendwise.auth.cognito.web-client-id", () -> WEB_CLIENT);
    registry.add("spendwise.auth.cognito.web-url", () -> web(""));
    registry.add("server.port", () -> WEB_PORT);
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String web(String path) {
    return "http://localhost:" + WEB_PORT + path;
  }

  @AfterAll
  static void stopStandIns() {
    COGNITO.close();
    HOSTED_UI.close();
    SECRETS.close();
    NETWORK.close();
  }

  @Test
  void migrationsCreateTheSchemaInTheSecretsDatabase() {
    assertThat(
            jdbc.sql("SELECT current_user || '@' || current_database()")
                .query(String.class)
                .single())
        .isEqualTo("spendwise_app@spendwise_cloud");
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'"
                        + " AND table_name IN ('users', 'wallets', 'categories', 'transactions',"
                        + " 'budgets', 'tags', 'transaction_tags', 'goals',"
                        + " 'recurring_transactions', 'notifications')")
                .query(Integer.class)
                .single())
        .isEqualTo(10);
  }

  @Test
  void cognitoAccessTokenProvisionsItsUser() {
    JWTClaimsSet claims = access().build();

    Api.Response me = api().get("/api/v1/me", Tokens.sign(POOL_KEY, claims));

    assertThat(me.status()).isEqualTo(200);
    assertThat(me.json().get("email").isNull()).as("access tokens carry no email").isTrue();
    assertThat(
            jdbc.sql("SELECT count(*) FROM users WHERE cognito_sub = ?")
                .param(claims.getSubject())
                .query(Integer.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void cognitoIdTokenBringsTheEmail() {
    String email = "id-" + UUID.randomUUID() + "@example.com";
    JWTClaimsSet claims = idToken(email).build();

    Api.Response me = api().get("/api/v1/me", Tokens.sign(POOL_KEY, claims));

    assertThat(me.status()).isEqualTo(200);
    assertThat(me.json().get("email").asString()).isEqualTo(email);
  }

  @Test
  void aSecondPoolUserWithTheSameEmailIsAConflictNotAMerge() {
    String email = "shared-" + UUID.randomUUID() + "@example.com";
    JWTClaimsSet first = idToken(email).build();
    JWTClaimsSet second = idToken(email.toUpperCase()).build();
    assertThat(api().get("/api/v1/me", Tokens.sign(POOL_KEY, first)).status()).isEqualTo(200);

    Api.Response conflict = api().get("/api/v1/me", Tokens.sign(POOL_KEY, second));

    assertThat(conflict.status()).isEqualTo(409);
    assertThat(conflict.json().get("code").asString()).isEqualTo("email-in-use");
    assertThat(
            jdbc.sql("SELECT count(*) FROM users WHERE cognito_sub = ?")
                .param(second.getSubject())
                .query(Integer.class)
                .single())
        .isZero();
  }

  @Test
  void everyKindOfBadTokenIsRejectedWithAProblem() {
    Map<String, UnaryOperator<JWTClaimsSet.Builder>> bad = new LinkedHashMap<>();
    bad.put("expired", c -> c.expirationTime(Date.from(Instant.now().minusSeconds(120))));
    bad.put("another issuer", c -> c.issuer("https://cognito-idp.eu-west-1.amazonaws.com/other"));
    bad.put("another app client", c -> c.claim("client_id", "someone-elses-client"));
    bad.put("id token for another audience", c -> c.claim("token_use", "id").audience("other"));
    bad.put("refresh token_use", c -> c.claim("token_use", "refresh"));
    bad.put("no token_use", c -> c.claim("token_use", null));
    for (var entry : bad.entrySet()) {
      assertUnauthorized(
          Tokens.sign(POOL_KEY, entry.getValue().apply(access()).build()), entry.getKey());
    }
    JWTClaimsSet valid = access().build();
    assertThat(api().get("/api/v1/me", Tokens.sign(POOL_KEY, valid)).status()).isEqualTo(200);
    assertUnauthorized(Tokens.sign(Tokens.newKey(), valid), "unknown key id");
    assertUnauthorized(
        Tokens.sign(Tokens.newKey(), valid, h -> h.keyID(POOL_KEY.getKeyID())), "bad signature");
    assertUnauthorized(Tokens.unsigned(valid), "alg none");
  }

  @Test
  void unreachablePoolKeysAreAServerProblemNotABadToken() {
    RSAKey rotatedKey = Tokens.newKey();
    try {
      COGNITO.setDown(true);

      Api.Response response = api().get("/api/v1/me", Tokens.sign(rotatedKey, access().build()));

      assertThat(response.status()).isEqualTo(503);
      assertThat(response.json().get("code").asString()).isEqualTo("identity-provider-unavailable");
    } finally {
      COGNITO.setDown(false);
    }
  }

  @Test
  void localAccountEndpointsDoNotExistInCognitoMode() {
    Api.Response register =
        api()
            .post(
                "/api/v1/auth/register",
                null,
                Map.of("email", "a@example.com", "password", "long enough password"));
    Api.Response jwks = api().get("/.well-known/jwks.json", null);

    assertThat(register.status()).isEqualTo(404);
    assertThat(jwks.status()).isEqualTo(404);
  }

  @Test
  void rotatedPasswordIsReReadAndTheServiceReconnects(CapturedOutput output) {
    String token = Tokens.sign(POOL_KEY, access().build());
    assertThat(api().get("/api/v1/me", token).status()).isEqualTo(200);
    int readsBefore = SECRETS.reads();

    TestDatabase.superuserSql("ALTER ROLE spendwise_app PASSWORD '" + SECOND_PASSWORD + "'");
    SECRETS.put(SECRET_ID, secret(SECOND_PASSWORD));
    // Rotation only bites on new connections: retire the pooled ones as their lifetime would.
    dataSource.getHikariPoolMXBean().softEvictConnections();

    assertThat(api().get("/api/v1/me", token).status()).isEqualTo(200);
    assertThat(SECRETS.reads()).isGreaterThan(readsBefore);
    assertThat(output.getAll()).contains("connecting with the re-read secret");
    assertThat(api().get("/actuator/health/readiness", null).json().get("status").asString())
        .isEqualTo("UP");
    String health = api().get("/actuator/health", null).text();
    String metrics = api().get("/actuator/prometheus", null).text();
    for (String password : List.of(FIRST_PASSWORD, SECOND_PASSWORD)) {
      assertThat(output.getAll()).doesNotContain(password);
      assertThat(health).doesNotContain(password);
      assertThat(metrics).doesNotContain(password);
    }
  }

  @Test
  void readinessIsDownWhileTheDatabaseIsUnreachableAndRecovers() {
    try {
      NETWORK.cut();
      await()
          .atMost(Duration.ofSeconds(30))
          .pollInterval(Duration.ofMillis(200))
          .until(() -> api().get("/actuator/health/readiness", null).status() == 503);
      assertThat(api().get("/actuator/health/liveness", null).status())
          .as("a lost database is not a reason to restart the process")
          .isEqualTo(200);
      Api.Response during = api().get("/api/v1/me", Tokens.sign(POOL_KEY, access().build()));
      assertThat(during.status()).isEqualTo(503);
      assertThat(during.json().get("code").asString()).isEqualTo("database-unavailable");
      assertThat(during.text()).doesNotContain("Exception", "SQL", "password");
    } finally {
      NETWORK.restore();
    }
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(200))
        .until(() -> api().get("/actuator/health/readiness", null).status() == 200);
    assertThat(api().get("/api/v1/me", Tokens.sign(POOL_KEY, access().build())).status())
        .isEqualTo(200);
  }

  /** A browser's way through redirects, keeping cookies; it sends no JavaScript-made requests. */
  private static HttpClient browser() {
    return HttpClient.newBuilder()
        .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
        .followRedirects(HttpClient.Redirect.NORMAL)
        .build();
  }

  private static HttpResponse<String> open(HttpClient browser, String path) throws Exception {
    return browser.send(
        HttpRequest.newBuilder(URI.create(web(path))).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void theWebAppSignsInAtTheHostedUiWithPkceAsTheSameUserAsTheApi() throws Exception {
    String subject = UUID.randomUUID().toString();
    HOSTED_UI.signInAs(subject, "hosted-" + subject + "@example.com");
    String token = Tokens.sign(POOL_KEY, access().subject(subject).build());
    assertThat(
            api()
                .post(
                    "/api/v1/wallets",
                    token,
                    Map.of("name", "Hosted cash", "currency", "VND", "openingBalance", "125000"))
                .status())
        .isEqualTo(201);
    int exchanged = HOSTED_UI.verifiedExchanges();
    HttpClient browser = browser();

    HttpResponse<String> signInPage = open(browser, "/");
    assertThat(signInPage.uri().getPath()).isEqualTo("/signin");
    assertThat(signInPage.body()).contains("href=\"/oauth2/authorization/cognito\"");

    HttpResponse<String> dashboard = open(browser, "/oauth2/authorization/cognito");
    assertThat(dashboard.uri().toString()).isEqualTo(web("/"));
    assertThat(dashboard.body()).contains("Hosted cash", "₫125,000");
    assertThat(HOSTED_UI.verifiedExchanges()).isEqualTo(exchanged + 1);

    Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(dashboard.body());
    assertThat(csrf.find()).isTrue();
    HttpResponse<String> signedOut =
        browser.send(
            HttpRequest.newBuilder(URI.create(web("/signout")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + csrf.group(1)))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(signedOut.uri().toString()).isEqualTo(web("/signin?signedOut"));
    assertThat(signedOut.previousResponse().flatMap(HttpResponse::previousResponse))
        .as("the hosted UI's session ended too")
        .hasValueSatisfying(logout -> assertThat(logout.uri().getPath()).isEqualTo("/logout"));
    assertThat(open(browser, "/").uri().getPath()).isEqualTo("/signin");
  }

  @Test
  void anIdTokenForAnotherAppClientSignsNobodyIn() throws Exception {
    HOSTED_UI.signInAs(UUID.randomUUID().toString(), "mixed-up@example.com");
    HOSTED_UI.issueForAudience("another-app-client");
    HttpClient browser = browser();
    try {
      HttpResponse<String> refused = open(browser, "/oauth2/authorization/cognito");

      assertThat(refused.uri().toString()).isEqualTo(web("/signin?error=cognito"));
      assertThat(refused.body()).contains("Signing in did not finish.");
      assertThat(open(browser, "/").uri().getPath()).isEqualTo("/signin");
    } finally {
      HOSTED_UI.issueForAudience(WEB_CLIENT);
    }
  }

  private void assertUnauthorized(String token, String why) {
    Api.Response response = api().get("/api/v1/me", token);
    assertThat(response.status()).as(why).isEqualTo(401);
    assertThat(response.json().get("code").asString()).as(why).isEqualTo("invalid-token");
  }

  private static JWTClaimsSet.Builder access() {
    return Tokens.accessClaims(ISSUER, CLIENT, Instant.now()).claim("username", "someone");
  }

  private static JWTClaimsSet.Builder idToken(String email) {
    return access()
        .claim("token_use", "id")
        .claim("client_id", null)
        .audience(CLIENT)
        .claim("email", email);
  }

  private static Map<String, Object> secret(String password) {
    return Map.of(
        "engine", "postgres",
        "username", "spendwise_app",
        "password", password,
        "host", "127.0.0.1",
        "port", NETWORK.port(),
        "dbname", "spendwise_cloud");
  }

  private Api api() {
    return new Api(port);
  }
}
