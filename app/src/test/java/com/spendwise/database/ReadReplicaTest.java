package com.spendwise.database;

import static com.spendwise.support.UserClient.expense;
import static com.spendwise.support.UserClient.with;
import static org.assertj.core.api.Assertions.assertThat;

import com.spendwise.SpendWiseApplication;
import com.spendwise.database.internal.EmbeddedPostgresServer;
import com.spendwise.support.Api;
import com.spendwise.support.ApiTest;
import com.spendwise.support.MutableClock;
import com.spendwise.support.TcpProxy;
import com.spendwise.support.TestDatabase;
import com.spendwise.support.UserClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Reports, exports and backups off the primary, with two PostgreSQL servers: the tests' own as the
 * primary, and a second embedded server as the "replica", reached through a proxy that the test can
 * cut. The replica holds what the test copies to it (as streaming replication would, a change
 * behind), so what a request read shows where it was read.
 */
@SpringBootTest(
    classes = {SpendWiseApplication.class, ApiTest.Clocks.class},
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReadReplicaTest {

  private static final EmbeddedPostgresServer REPLICA_SERVER = startReplica();
  private static final TcpProxy PROXY = new TcpProxy(REPLICA_SERVER.port());
  private static final JdbcClient REPLICA =
      JdbcClient.create(
          new DriverManagerDataSource(
              REPLICA_SERVER.jdbcUrl("spendwise"),
              REPLICA_SERVER.username(),
              REPLICA_SERVER.password()));

  @LocalServerPort int port;
  @Autowired JdbcClient primary;
  @Autowired MutableClock clock;

  private static EmbeddedPostgresServer startReplica() {
    Path root = TestDatabase.createReachableTempDirectory("spendwise-replica-pg-");
    EmbeddedPostgresServer server = EmbeddedPostgresServer.start(root.resolve("data"), 0, "nobody");
    server.createDatabaseIfMissing("spendwise");
    Flyway.configure()
        .dataSource(server.jdbcUrl("spendwise"), server.username(), server.password())
        .load()
        .migrate();
    return server;
  }

  @DynamicPropertySource
  static void databases(DynamicPropertyRegistry registry) {
    registry.add("spendwise.db.url", () -> TestDatabase.jdbcUrl("spendwise_replicated"));
    registry.add("spendwise.db.username", () -> TestDatabase.server().username());
    registry.add("spendwise.db.password", () -> TestDatabase.server().password());
    registry.add(
        "spendwise.db.read.url",
        () -> "jdbc:postgresql://127.0.0.1:" + PROXY.port() + "/spendwise");
    registry.add("spendwise.db.read.username", REPLICA_SERVER::username);
    registry.add("spendwise.db.read.password", REPLICA_SERVER::password);
    registry.add("spendwise.scheduler.enabled", () -> "false");
  }

  @AfterAll
  static void stopReplica() {
    PROXY.close();
    REPLICA_SERVER.close();
  }

  /**
   * Copies the user's rows of these tables from the primary to the replica, as replication would.
   */
  private void replicate(UUID user) {
    for (String table : List.of("users", "wallets", "categories", "transactions")) {
      String key = table.equals("users") ? "id" : "user_id";
      String columns =
          String.join(
              ", ",
              primary
                  .sql(
                      "SELECT column_name FROM information_schema.columns WHERE table_name = ?"
                          + " AND table_schema = 'public' AND is_generated = 'NEVER'"
                          + " ORDER BY ordinal_position")
                  .param(table)
                  .query(String.class)
                  .list());
      for (String row :
          primary
              .sql("SELECT to_jsonb(t)::text FROM " + table + " t WHERE " + key + " = ?")
              .param(user)
              .query(String.class)
              .list()) {
        REPLICA
            .sql(
                "INSERT INTO "
                    + table
                    + " ("
                    + columns
                    + ") SELECT "
                    + columns
                    + " FROM jsonb_populate_record(NULL::"
                    + table
                    + ", CAST(? AS jsonb))"
                    + " ON CONFLICT DO NOTHING")
            .param(row)
            .update();
      }
    }
  }

  private Api.Response export(UserClient user) {
    return user.get("/api/v1/transactions/export?format=csv");
  }

  @Test
  void exportsReadTheReplicaListsAndWritesThePrimaryAndAReplicaThatGoesAwayIsNotNoticed() {
    Api api = new Api(port);
    UserClient user = new UserClient(api);
    String wallet = user.wallet("VND", "0");
    user.record(with(with(expense(wallet, "1000"), "note", "replicated"), "date", "2026-11-02"));
    replicate(user.id());
    user.record(
        with(with(expense(wallet, "2000"), "note", "not-yet-replicated"), "date", "2026-11-03"));

    Api.Response fromReplica = export(user);
    assertThat(fromReplica.status()).as(fromReplica.text()).isEqualTo(200);
    assertThat(fromReplica.text()).contains("replicated").doesNotContain("not-yet-replicated");
    assertThat(user.get("/api/v1/transactions").text())
        .as("lists read the primary: what was just recorded is there")
        .contains("not-yet-replicated");
    assertThat(
            REPLICA
                .sql("SELECT count(*) FROM transactions WHERE user_id = ?")
                .param(user.id())
                .query(Long.class)
                .single())
        .as("no write went to the replica")
        .isEqualTo(1);

    for (int i = 0; i < 12; i++) {
      if (i == 4) {
        PROXY.cut();
      }
      Api.Response during = export(user);
      assertThat(during.status()).as("request %d: %s", i, during.text()).isEqualTo(200);
      assertThat(during.text().contains("not-yet-replicated"))
          .as("request %d read %s", i, i < 4 ? "the replica" : "the primary, the replica gone")
          .isEqualTo(i >= 4);
    }

    PROXY.restore();
    assertThat(export(user).text())
        .as("the replica is left alone for a while after it failed")
        .contains("not-yet-replicated");
    clock.advance(Duration.ofSeconds(31));
    assertThat(export(user).text())
        .as("and read again once it answers")
        .doesNotContain("not-yet-replicated");
  }
}
