package com.spendwise.database;

import static com.spendwise.support.UserClient.expense;
import static org.assertj.core.api.Assertions.assertThat;

import com.spendwise.support.Api;
import com.spendwise.support.ApiTest;
import com.spendwise.support.Balances;
import com.spendwise.support.UserClient;
import com.zaxxer.hikari.HikariDataSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What a failover does to open connections (RDS Multi-AZ, or a fast restart of PostgreSQL): the
 * server ends every session of the service while writes are in flight. Each write is answered 201,
 * or 503 with Retry-After, never 500; a client that retries a 503 with its Idempotency-Key ends
 * with every write recorded exactly once, and every balance equal to its transactions.
 */
class ConnectionLossTest extends ApiTest {

  @Autowired DataSource dataSource;

  private static final int WRITERS = 6;
  private static final int EACH = 30;

  /** Ends every session of the service on this database but the one that asks. */
  private int terminateTheServicesSessions() {
    return jdbc.sql(
            "SELECT count(*) FILTER (WHERE pg_terminate_backend(pid)) FROM pg_stat_activity"
                + " WHERE datname = current_database() AND pid <> pg_backend_pid()"
                + " AND backend_type = 'client backend'")
        .query(Integer.class)
        .single();
  }

  @Test
  void sessionsEndedMidWriteAreA503OrRetriedAndNothingIsLostOrDoubled() throws Exception {
    UserClient user = new UserClient(api());
    String wallet = user.wallet("VND", "0");
    Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
    BlockingQueue<Integer> milestones = new LinkedBlockingQueue<>();
    AtomicInteger done = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
    List<Future<?>> writers = new ArrayList<>();
    for (int w = 0; w < WRITERS; w++) {
      writers.add(
          pool.submit(
              () -> {
                for (int i = 0; i < EACH; i++) {
                  Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());
                  Api.Response response = null;
                  // A client retries a 503 with the same key, as the answer's Retry-After invites.
                  for (int attempt = 0; attempt < 20; attempt++) {
                    response = user.post("/api/v1/transactions", expense(wallet, "1000"), key);
                    statuses.merge(response.status(), 1, Integer::sum);
                    if (response.status() != 503) {
                      break;
                    }
                    assertThat(response.header("Retry-After")).isNotBlank();
                    assertThat(response.json().get("code").asString())
                        .isEqualTo("database-unavailable");
                  }
                  assertThat(response.status()).as(response.text()).isIn(200, 201);
                  if (done.incrementAndGet() % 12 == 0) {
                    milestones.add(done.get());
                  }
                }
                return null;
              }));
    }
    int terminated = 0;
    // Every 12 writes, end all the service's sessions: some are mid-transaction, some idle.
    while (writers.stream().anyMatch(f -> !f.isDone())) {
      if (milestones.poll(1, TimeUnit.SECONDS) != null) {
        terminated += terminateTheServicesSessions();
      }
    }
    pool.shutdown();
    for (Future<?> writer : writers) {
      writer.get();
    }

    // The storm's last sessions ended may not have been noticed yet: a client's first read can be
    // a 503 (which retires the pool's idle connections), and is retried like the writes.
    for (int attempt = 0; attempt < 5 && user.get("/api/v1/me").status() == 503; attempt++) {
      statuses.merge(503, 1, Integer::sum);
    }
    // The test's own reads share the service's pool: none of them may meet a session ended above.
    dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean().softEvictConnections();
    assertThat(terminated).as("sessions ended during the storm").isPositive();
    assertThat(statuses).as("answers by status").doesNotContainKey(500).containsKey(201);
    assertThat(
            jdbc.sql("SELECT count(*) FROM transactions WHERE source_wallet_id = ?")
                .param(UUID.fromString(wallet))
                .query(Long.class)
                .single())
        .as("each write recorded exactly once")
        .isEqualTo(WRITERS * EACH);
    assertThat(user.balance(wallet)).isEqualTo(String.valueOf(-1000 * WRITERS * EACH));
    assertThat(Balances.mismatches(jdbc, List.of(UUID.fromString(wallet)))).isEmpty();
  }
}
