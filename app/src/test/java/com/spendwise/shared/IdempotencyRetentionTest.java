package com.spendwise.shared;

import static com.spendwise.support.UserClient.expense;
import static org.assertj.core.api.Assertions.assertThat;

import com.spendwise.support.ApiTest;
import com.spendwise.support.UserClient;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class IdempotencyRetentionTest extends ApiTest {

  @Autowired Idempotency idempotency;

  @Test
  void keysAreKeptForADayAndThenForgotten() {
    UserClient user = new UserClient(api());
    String wallet = user.wallet("VND", "0");
    user.post("/api/v1/transactions", expense(wallet, "1"), Map.of("Idempotency-Key", "day-old"));
    user.post("/api/v1/transactions", expense(wallet, "2"), Map.of("Idempotency-Key", "recent"));
    age("day-old", "25 hours");
    age("recent", "23 hours");

    idempotency.forgetOldKeys();

    assertThat(keys()).contains("recent").doesNotContain("day-old");
    assertThat(
            user.post(
                    "/api/v1/transactions",
                    expense(wallet, "2"),
                    Map.of("Idempotency-Key", "recent"))
                .header("Idempotent-Replayed"))
        .isEqualTo("true");
  }

  @Test
  void cleanupJobRunsOnlyWhereJobsAreEnabled() {
    ApplicationContextRunner runner =
        new ApplicationContextRunner()
            .withBean(Idempotency.class, () -> idempotency)
            .withUserConfiguration(IdempotencyCleanupJob.class);
    runner
        .withPropertyValues("spendwise.scheduler.enabled=false")
        .run(context -> assertThat(context).doesNotHaveBean(IdempotencyCleanupJob.class));
    runner
        .withPropertyValues("spendwise.scheduler.enabled=true")
        .run(context -> assertThat(context).hasSingleBean(IdempotencyCleanupJob.class));
    runner.run(context -> assertThat(context).hasSingleBean(IdempotencyCleanupJob.class));
  }

  private void age(String key, String interval) {
    jdbc.sql("UPDATE idempotency_keys SET created_at = now() - CAST(? AS interval) WHERE key = ?")
        .params(interval, key)
        .update();
  }

  private java.util.List<String> keys() {
    return jdbc.sql("SELECT key FROM idempotency_keys").query(String.class).list();
  }
}
