package com.spendwise.database;

import static org.assertj.core.api.Assertions.assertThat;

import com.spendwise.SpendWiseApplication;
import com.spendwise.database.internal.EmbeddedPostgresServer;
import com.spendwise.support.Api;
import com.spendwise.support.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * The self-hoster's path: no database configured, so the service runs its own PostgreSQL whose data
 * outlives the process. These are the only tests with a second PostgreSQL server, because what they
 * check is that server's own life cycle.
 */
class EmbeddedModeTest {

  private static final Path ROOT = TestDatabase.createReachableTempDirectory("spendwise-embedded-");

  @AfterAll
  static void removeData() {
    FileSystemUtils.deleteRecursively(ROOT.toFile());
  }

  @Test
  void accountsSurviveARestart() throws Exception {
    Path data = ROOT.resolve("restart");
    String email = "self-hoster@example.com";
    String password = "a long enough password";
    String firstId;
    String firstToken;
    try (ConfigurableApplicationContext first = start(data)) {
      Api api = api(first);
      firstToken = api.register(email);
      firstId = api.get("/api/v1/me", firstToken).json().get("id").asString();
    }
    assertThat(data.resolve("postmaster.pid"))
        .as("the server stopped with the service")
        .doesNotExist();
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data)))
        .isEqualTo("rwx------");

    try (ConfigurableApplicationContext second = start(data)) {
      Api api = api(second);
      Api.Response token =
          api.post("/api/v1/auth/token", null, Map.of("email", email, "password", password));
      assertThat(token.status()).isEqualTo(200);
      String secondToken = token.json().get("accessToken").asString();
      assertThat(api.get("/api/v1/me", secondToken).json().get("id").asString()).isEqualTo(firstId);
      assertThat(api.get("/api/v1/me", firstToken).status())
          .as("signing keys persist, so tokens outlive a restart")
          .isEqualTo(200);
    }
  }

  @Test
  void aServerLeftRunningByAKilledProcessIsStoppedAndReplaced() throws Exception {
    Path data = ROOT.resolve("leftover");
    EmbeddedPostgresServer orphan = EmbeddedPostgresServer.start(data, 0, "nobody");

    try (EmbeddedPostgresServer replacement = EmbeddedPostgresServer.start(data, 0, "nobody")) {
      try (Connection connection =
          DriverManager.getConnection(
              replacement.jdbcUrl("postgres"), replacement.username(), replacement.password())) {
        assertThat(connection.isValid(5)).isTrue();
      }
      assertThat(replacement.password()).isEqualTo(orphan.password());
    }
  }

  private static ConfigurableApplicationContext start(Path data) {
    return new SpringApplicationBuilder(SpendWiseApplication.class)
        .run(
            "--server.port=0",
            "--spendwise.db.url=",
            "--spendwise.db.secret-id=",
            "--spendwise.db.embedded.dir=" + data,
            "--spring.main.banner-mode=off");
  }

  private static Api api(ConfigurableApplicationContext context) {
    return new Api(
        Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port")));
  }
}
