package com.spendwise.budget;

import static com.spendwise.support.UserClient.expense;
import static com.spendwise.support.UserClient.income;
import static com.spendwise.support.UserClient.with;
import static org.assertj.core.api.Assertions.assertThat;

import com.spendwise.support.Api;
import com.spendwise.support.ApiTest;
import com.spendwise.support.UserClient;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class BudgetTest extends ApiTest {

  @AfterEach
  void realTime() {
    clock.set(Instant.now());
  }

  static Map<String, Object> budget(
      String period, String amount, String currency, String category) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("period", period);
    body.put("amount", amount);
    body.put("currency", currency);
    if (category != null) {
      body.put("categoryId", category);
    }
    body.put("startDate", "2026-01-01");
    return body;
  }

  static Map<String, Object> spend(String wallet, String amount, String category, String date) {
    return with(with(expense(wallet, amount), "categoryId", category), "date", date);
  }

  private static String category(UserClient user, String name) {
    return user.create("/api/v1/categories", Map.of("name", name, "type", "EXPENSE"))
        .get("id")
        .asString();
  }

  @Test
  void spentCountsExpensesOfTheBudgetsCurrencyCategoryAndPeriodOnly() {
    clock.set(Instant.parse("2026-11-20T12:00:00Z"));
    UserClient user = new UserClient(api());
    String usd = user.wallet("USD", "1000");
    String vnd = user.wallet("VND", "1000000");
    String food = category(user, "Food");
    String rent = category(user, "Rent");
    user.record(spend(usd, "10", food, "2026-10-31"));
    user.record(spend(usd, "20", food, "2026-11-01"));
    user.record(spend(usd, "30.5", food, "2026-11-30"));
    user.record(spend(usd, "40", food, "2026-12-01"));
    user.record(spend(usd, "50", rent, "2026-11-15"));
    user.record(spend(vnd, "1000", food, "2026-11-15"));
    user.record(with(income(usd, "70"), "date", "2026-11-15"));
    String monthly =
        user.create("/api/v1/budgets", budget("MONTHLY", "100", "USD", food)).get("id").asString();
    String yearly =
        user.create("/api/v1/budgets", budget("YEARLY", "1000", "USD", null)).get("id").asString();

    JsonNode november = user.get("/api/v1/budgets/" + monthly + "?period=2026-11").json();
    JsonNode year = user.get("/api/v1/budgets/" + yearly + "?period=2026").json();

    assertThat(november.get("status").get("period").asString()).isEqualTo("2026-11");
    assertThat(november.get("status").get("from").asString()).isEqualTo("2026-11-01");
    assertThat(november.get("status").get("to").asString()).isEqualTo("2026-11-30");
    assertThat(november.get("status").get("spent").asString()).isEqualTo("50.50");
    assertThat(november.get("status").get("remaining").asString()).isEqualTo("49.50");
    assertThat(november.get("status").get("percentUsed").asString()).isEqualTo("50.5");
    assertThat(year.get("status").get("from").asString()).isEqualTo("2026-01-01");
    assertThat(year.get("status").get("to").asString()).isEqualTo("2026-12-31");
    assertThat(year.get("status").get("spent").asString()).isEqualTo("150.50");
    // The list shows each budget in its current period (November 2026 and the year 2026).
    List<JsonNode> listed = user.get("/api/v1/budgets").json().get("items").valueStream().toList();
    assertThat(listed)
        .extracting(b -> b.get("id").asString() + " " + b.get("status").get("spent").asString())
        .containsExactly(yearly + " 150.50", monthly + " 50.50");
  }

  @Test
  void aBudgetCountsNothingBeforeItsStartDate() {
    UserClient user = new UserClient(api());
    String usd = user.wallet("USD", "1000");
    String food = category(user, "Food");
    user.record(spend(usd, "10", food, "2026-11-14"));
    user.record(spend(usd, "20", food, "2026-11-15"));
    String id =
        user.create(
                "/api/v1/budgets",
                with(budget("MONTHLY", "100", "USD", food), "startDate", "2026-11-15"))
            .get("id")
            .asString();

    JsonNode status = user.get("/api/v1/budgets/" + id + "?period=2026-11").json().get("status");
    Api.Response before = user.get("/api/v1/budgets/" + id + "?period=2026-10");

    assertThat(status.get("from").asString()).isEqualTo("2026-11-15");
    assertThat(status.get("spent").asString()).isEqualTo("20.00");
    assertThat(before.status()).isEqualTo(400);
    assertThat(before.json().get("code").asString()).isEqualTo("validation-failed");
  }

  @Test
  void theCurrentPeriodIsTheUsersOwnMonth() {
    // 20:00 UTC on 30 November is already 1 December in Ho Chi Minh City (UTC+7).
    clock.set(Instant.parse("2026-11-30T20:00:00Z"));
    UserClient utc = new UserClient(api());
    UserClient saigon = new UserClient(api());
    saigon.timeZone("Asia/Ho_Chi_Minh");
    Map<String, Object> body = budget("MONTHLY", "100", "USD", null);
    body.remove("startDate");

    JsonNode inUtc = utc.create("/api/v1/budgets", body);
    JsonNode inSaigon = saigon.create("/api/v1/budgets", body);

    assertThat(inUtc.get("status").get("period").asString()).isEqualTo("2026-11");
    assertThat(inUtc.get("startDate").asString()).isEqualTo("2026-11-01");
    assertThat(inSaigon.get("status").get("period").asString()).isEqualTo("2026-12");
    assertThat(inSaigon.get("startDate").asString()).isEqualTo("2026-12-01");
  }

  @Test
  void badBudgetsAreRefusedWithEveryProblemAndNothingIsWritten() {
    UserClient user = new UserClient(api());
    UserClient other = new UserClient(api());
    String salary = user.category("INCOME");

    Api.Response shape =
        user.post(
            "/api/v1/budgets",
            Map.of(
                "period",
                "MONTHLY",
                "amount",
                "1.001",
                "currency",
                "USD",
                "startDate",
                "1800-01-01"));
    Api.Response missing = user.post("/api/v1/budgets", Map.of("currency", "XYZ"));
    Api.Response income = user.post("/api/v1/budgets", budget("MONTHLY", "10", "USD", salary));
    Api.Response othersCategory =
        user.post("/api/v1/budgets", budget("MONTHLY", "10", "USD", other.category("EXPENSE")));
    Api.Response wrongPeriod =
        user.post(
            "/api/v1/budgets", with(budget("MONTHLY", "10", "USD", null), "period", "WEEKLY"));

    assertThat(shape.status()).isEqualTo(400);
    assertThat(UserClient.fields(shape)).containsExactlyInAnyOrder("amount", "startDate");
    assertThat(UserClient.fields(missing))
        .containsExactlyInAnyOrder("currency", "amount", "period");
    assertThat(income.status()).isEqualTo(400);
    assertThat(UserClient.fields(income)).containsExactly("categoryId");
    assertThat(othersCategory.status()).isEqualTo(404);
    assertThat(wrongPeriod.status()).isEqualTo(400);
    assertThat(user.get("/api/v1/budgets").json().get("items").size()).isZero();
  }

  @Test
  void replaceChecksTheEtagAndDeleteRemoves() {
    UserClient user = new UserClient(api());
    Api.Response created = user.post("/api/v1/budgets", budget("MONTHLY", "100", "USD", null));
    String path = created.header("Location");

    Api.Response stale =
        user.put(path, budget("MONTHLY", "200", "USD", null), Map.of("If-Match", "\"7\""));
    Api.Response replaced =
        user.put(
            path,
            budget("YEARLY", "2000", "USD", null),
            Map.of("If-Match", created.header("ETag")));

    assertThat(stale.status()).isEqualTo(412);
    assertThat(replaced.status()).isEqualTo(200);
    assertThat(replaced.json().get("period").asString()).isEqualTo("YEARLY");
    assertThat(replaced.json().get("amount").asString()).isEqualTo("2000.00");
    assertThat(user.delete(path).status()).isEqualTo(204);
    assertThat(user.get(path).status()).isEqualTo(404);
  }

  @Test
  void warningAt80AndExceededAt100AreEachSentOnce() {
    UserClient user = new UserClient(api());
    String usd = user.wallet("USD", "1000");
    String food = category(user, "Food");
    String id =
        user.create("/api/v1/budgets", budget("MONTHLY", "100", "USD", food)).get("id").asString();

    user.record(spend(usd, "50", food, "2026-11-03"));
    assertThat(user.notifications("BUDGET_WARNING")).isEmpty();
    user.record(spend(usd, "35", food, "2026-11-04"));
    user.record(spend(usd, "5", food, "2026-11-05"));
    assertThat(user.notifications("BUDGET_EXCEEDED")).isEmpty();
    user.record(spend(usd, "20", food, "2026-11-06"));
    user.record(spend(usd, "10", food, "2026-11-07"));

    List<JsonNode> warnings = user.notifications("BUDGET_WARNING");
    List<JsonNode> exceeded = user.notifications("BUDGET_EXCEEDED");
    assertThat(warnings).hasSize(1);
    assertThat(exceeded).hasSize(1);
    assertThat(warnings.get(0).get("link").asString()).isEqualTo("/api/v1/budgets/" + id);
    assertThat(warnings.get(0).get("message").asString())
        .contains("Food", "2026-11", "85.00 of 100.00 USD");
    assertThat(exceeded.get(0).get("message").asString()).contains("110.00 of 100.00 USD");
  }

  @Test
  void expensesMovedByACategoryReplacementAlertTheReplacementsBudget() {
    UserClient user = new UserClient(api());
    String usd = user.wallet("USD", "1000");
    String eatingOut = category(user, "Eating out");
    String food = category(user, "Food");
    user.create("/api/v1/budgets", budget("MONTHLY", "100", "USD", food));
    user.record(spend(usd, "30", food, "2026-11-03"));
    user.record(spend(usd, "60", eatingOut, "2026-11-04"));
    user.record(spend(usd, "500", eatingOut, "2026-10-04"));
    assertThat(user.notifications("BUDGET_WARNING")).isEmpty();

    Api.Response deleted =
        user.delete("/api/v1/categories/" + eatingOut + "?replacementId=" + food);

    assertThat(deleted.status()).as(deleted.text()).isEqualTo(204);
    List<JsonNode> warnings = user.notifications("BUDGET_WARNING");
    assertThat(warnings).hasSize(1);
    assertThat(warnings.get(0).get("message").asString()).contains("2026-11", "90.00 of 100.00");
    // October's 500 moved too, and takes that month over the limit.
    assertThat(user.notifications("BUDGET_EXCEEDED")).hasSize(1);
    assertThat(user.notifications("BUDGET_EXCEEDED").get(0).get("message").asString())
        .contains("2026-10", "500.00 of 100.00");
  }

  @Test
  void editsThatGoDownAndUpAgainDoNotRepeatAlertsButANewPeriodAlertsAgain() {
    UserClient user = new UserClient(api());
    String usd = user.wallet("USD", "1000");
    user.create("/api/v1/budgets", budget("MONTHLY", "100", "USD", null));
    JsonNode entry = user.record(expense(usd, "90"));
    String path = "/api/v1/transactions/" + entry.get("id").asString();

    assertThat(user.put(path, expense(usd, "10")).status()).isEqualTo(200);
    assertThat(user.put(path, expense(usd, "95")).status()).isEqualTo(200);
    assertThat(user.delete(path).status()).isEqualTo(204);
    user.record(expense(usd, "99"));
    assertThat(user.notifications("BUDGET_WARNING")).hasSize(1);
    user.record(expense(usd, "1"));
    user.record(expense(usd, "50"));
    user.record(with(expense(usd, "85"), "date", "2026-12-02"));

    assertThat(user.notifications("BUDGET_EXCEEDED")).hasSize(1);
    assertThat(user.notifications("BUDGET_WARNING")).hasSize(2);
  }

  @Test
  void oneWriteOverBothLinesSendsOnlyExceeded() {
    UserClient user = new UserClient(api());
    String usd = user.wallet("USD", "1000");
    user.create("/api/v1/budgets", budget("MONTHLY", "100", "USD", null));

    user.record(expense(usd, "150"));
    user.record(expense(usd, "1"));

    assertThat(user.notifications("BUDGET_EXCEEDED")).hasSize(1);
    assertThat(user.notifications("BUDGET_WARNING")).isEmpty();
  }

  @Test
  void concurrentWritesCrossEachLineExactlyOnce() throws Exception {
    UserClient user = new UserClient(api());
    List<String> wallets = List.of(user.wallet("USD", "0"), user.wallet("USD", "0"));
    String id =
        user.create("/api/v1/budgets", budget("MONTHLY", "1000", "USD", null)).get("id").asString();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<Integer>> results = new ArrayList<>();
    for (int t = 0; t < 8; t++) {
      String wallet = wallets.get(t % 2);
      results.add(
          pool.submit(
              () -> {
                int failures = 0;
                for (int i = 0; i < 25; i++) {
                  if (user.post("/api/v1/transactions", expense(wallet, "10")).status() != 201) {
                    failures++;
                  }
                }
                return failures;
              }));
    }
    for (Future<Integer> result : results) {
      assertThat(result.get()).isZero();
    }
    pool.shutdown();

    assertThat(user.notifications("BUDGET_WARNING")).hasSize(1);
    assertThat(user.notifications("BUDGET_EXCEEDED")).hasSize(1);
    assertThat(
            jdbc.sql("SELECT count(*) FROM budget_alerts WHERE budget_id = CAST(? AS uuid)")
                .param(id)
                .query(Long.class)
                .single())
        .isEqualTo(2);
    assertThat(
            user.get("/api/v1/budgets/" + id + "?period=2026-11")
                .json()
                .get("status")
                .get("spent")
                .asString())
        .isEqualTo("2000.00");
  }

  @Test
  void twoWritesThatCrossTheLineOnlyTogetherStillAlert() throws Exception {
    // Each expense alone is 60% of the budget; only the second to commit sees 120%. Without the
    // budget row lock both would read 60% and the alert would never come.
    ExecutorService pool = Executors.newFixedThreadPool(2);
    for (int round = 0; round < 6; round++) {
      UserClient user = new UserClient(api());
      List<String> wallets = List.of(user.wallet("USD", "0"), user.wallet("USD", "0"));
      user.create("/api/v1/budgets", budget("MONTHLY", "100", "USD", null));
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Integer>> statuses = new ArrayList<>();
      for (String wallet : wallets) {
        statuses.add(
            pool.submit(
                () -> {
                  start.await();
                  return user.post("/api/v1/transactions", expense(wallet, "60")).status();
                }));
      }
      start.countDown();
      for (Future<Integer> status : statuses) {
        assertThat(status.get()).isEqualTo(201);
      }
      assertThat(user.notifications("BUDGET_EXCEEDED")).as("round " + round).hasSize(1);
    }
    pool.shutdown();
  }
}
