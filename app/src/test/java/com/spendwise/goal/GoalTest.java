package com.spendwise.goal;

import static org.assertj.core.api.Assertions.assertThat;

import com.spendwise.support.Api;
import com.spendwise.support.ApiTest;
import com.spendwise.support.UserClient;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class GoalTest extends ApiTest {

  @Autowired GoalService goals;

  @AfterEach
  void realTime() {
    clock.set(Instant.now());
  }

  static Map<String, Object> goal(String target, String deadline) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("name", "Bike");
    body.put("targetAmount", target);
    body.put("currency", "USD");
    if (deadline != null) {
      body.put("deadline", deadline);
    }
    return body;
  }

  private static Api.Response contribute(UserClient user, String goal, String amount) {
    return user.post(
        "/api/v1/goals/" + goal + "/contributions", Map.of("amount", amount), Map.of());
  }

  @Test
  void contributionsAndWithdrawalsMoveTheCurrentAmountButNeverBelowZero() {
    UserClient user = new UserClient(api());
    JsonNode created = user.create("/api/v1/goals", goal("200", null));
    String id = created.get("id").asString();

    Api.Response added = contribute(user, id, "50.25");
    Api.Response withdrawn = contribute(user, id, "-20");
    Api.Response tooMuch = contribute(user, id, "-30.26");
    Api.Response zero = contribute(user, id, "0");
    Api.Response decimals = contribute(user, id, "1.001");

    assertThat(created.get("currentAmount").asString()).isEqualTo("0.00");
    assertThat(added.status()).isEqualTo(200);
    assertThat(added.json().get("currentAmount").asString()).isEqualTo("50.25");
    assertThat(withdrawn.json().get("currentAmount").asString()).isEqualTo("30.25");
    assertThat(withdrawn.json().get("progressPercent").asString()).isEqualTo("15.1");
    assertThat(tooMuch.status()).isEqualTo(422);
    assertThat(tooMuch.json().get("code").asString()).isEqualTo("insufficient-goal-amount");
    assertThat(zero.status()).isEqualTo(400);
    assertThat(decimals.status()).isEqualTo(400);
    assertThat(user.get("/api/v1/goals/" + id).json().get("currentAmount").asString())
        .isEqualTo("30.25");
  }

  @Test
  void aRetriedContributionWithItsKeyCountsOnce() {
    UserClient user = new UserClient(api());
    String id = user.create("/api/v1/goals", goal("200", null)).get("id").asString();
    Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());

    Api.Response first =
        user.post("/api/v1/goals/" + id + "/contributions", Map.of("amount", "10"), key);
    Api.Response retry =
        user.post("/api/v1/goals/" + id + "/contributions", Map.of("amount", "10"), key);

    assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(retry.text()).isEqualTo(first.text());
    assertThat(user.get("/api/v1/goals/" + id).json().get("currentAmount").asString())
        .isEqualTo("10.00");
  }

  @Test
  void badGoalsAreRefusedWithEveryProblem() {
    UserClient user = new UserClient(api());
    Map<String, Object> body = new HashMap<>();
    body.put("name", " ");
    body.put("targetAmount", "0");
    body.put("currentAmount", "-1");
    body.put("currency", "usd");
    body.put("deadline", "3000-01-01");

    Api.Response refused = user.post("/api/v1/goals", body);

    assertThat(refused.status()).isEqualTo(400);
    assertThat(UserClient.fields(refused))
        .containsExactlyInAnyOrder("name", "targetAmount", "currentAmount", "currency", "deadline");
    assertThat(user.get("/api/v1/goals").json().get("items").size()).isZero();
  }

  @Test
  void reachingTheTargetNotifiesOnceEvenAfterAWithdrawalAndAnotherReach() {
    UserClient user = new UserClient(api());
    String id = user.create("/api/v1/goals", goal("100", null)).get("id").asString();

    contribute(user, id, "60");
    Api.Response reached = contribute(user, id, "40");
    contribute(user, id, "-50");
    contribute(user, id, "80");

    assertThat(reached.json().get("reached").asBoolean()).isTrue();
    List<JsonNode> notices = user.notifications("GOAL_REACHED");
    assertThat(notices).hasSize(1);
    assertThat(notices.get(0).get("link").asString()).isEqualTo("/api/v1/goals/" + id);
    assertThat(notices.get(0).get("message").asString()).contains("Bike", "100.00 of 100.00 USD");
  }

  @Test
  void concurrentContributionsReachTheGoalExactlyOnceAndNoneIsLost() throws Exception {
    UserClient user = new UserClient(api());
    String id = user.create("/api/v1/goals", goal("100", null)).get("id").asString();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Integer>> statuses = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      statuses.add(
          pool.submit(
              () -> {
                start.await();
                return contribute(user, id, "5").status();
              }));
    }
    start.countDown();
    for (Future<Integer> status : statuses) {
      assertThat(status.get()).isEqualTo(200);
    }
    pool.shutdown();

    assertThat(user.get("/api/v1/goals/" + id).json().get("currentAmount").asString())
        .isEqualTo("200.00");
    assertThat(user.notifications("GOAL_REACHED")).hasSize(1);
  }

  @Test
  void aGoalCreatedOrReplacedAtItsTargetIsReachedToo() {
    UserClient user = new UserClient(api());
    Map<String, Object> full = new HashMap<>(goal("100", null));
    full.put("currentAmount", "100");
    user.create("/api/v1/goals", full);
    String other = user.create("/api/v1/goals", goal("100", null)).get("id").asString();

    Api.Response replaced = user.put("/api/v1/goals/" + other, full);

    assertThat(replaced.status()).isEqualTo(200);
    assertThat(user.notifications("GOAL_REACHED")).hasSize(2);
  }

  @Test
  void anApproachingDeadlineIsNoticedOnceAndAgainWhenTheDeadlineMoves() {
    clock.set(Instant.parse("2026-11-20T12:00:00Z"));
    UserClient user = new UserClient(api());
    String soon = user.create("/api/v1/goals", goal("100", "2026-11-30")).get("id").asString();
    user.create("/api/v1/goals", goal("100", "2027-06-01"));
    String done = user.create("/api/v1/goals", goal("100", "2026-11-25")).get("id").asString();
    contribute(user, done, "100");

    goals.notifyDeadlines();
    assertThat(user.notifications("GOAL_DEADLINE")).isEmpty();
    clock.advance(Duration.ofDays(3));
    user.signIn();
    goals.notifyDeadlines();
    goals.notifyDeadlines();
    List<JsonNode> notices = user.notifications("GOAL_DEADLINE");
    assertThat(notices).hasSize(1);
    assertThat(notices.get(0).get("link").asString()).isEqualTo("/api/v1/goals/" + soon);
    assertThat(notices.get(0).get("message").asString()).contains("2026-11-30", "0.0%");

    user.put("/api/v1/goals/" + soon, goal("100", "2026-11-29"));
    goals.notifyDeadlines();
    assertThat(user.notifications("GOAL_DEADLINE")).hasSize(2);
  }

  @Test
  void replaceChecksTheEtagAndDeleteRemoves() {
    UserClient user = new UserClient(api());
    Api.Response created = user.post("/api/v1/goals", goal("100", null));
    String path = created.header("Location");
    contribute(user, created.json().get("id").asString(), "10");

    Api.Response stale =
        user.put(path, goal("300", null), Map.of("If-Match", created.header("ETag")));
    Api.Response deleted = user.delete(path);

    assertThat(stale.status()).isEqualTo(412);
    assertThat(deleted.status()).isEqualTo(204);
    assertThat(user.get(path).status()).isEqualTo(404);
  }
}
