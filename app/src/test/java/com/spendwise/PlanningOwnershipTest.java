package com.spendwise;

import static org.assertj.core.api.Assertions.assertThat;

import com.spendwise.support.Api;
import com.spendwise.support.ApiTest;
import com.spendwise.support.NotFound;
import com.spendwise.support.UserClient;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Budgets, goals, recurring rules and notifications: another user's ids are 404 and change nothing.
 */
class PlanningOwnershipTest extends ApiTest {

  private UserClient owner;
  private UserClient intruder;
  private String wallet;
  private String budget;
  private String goal;
  private String rule;
  private String notification;
  private String intruderWallet;

  @BeforeEach
  void twoUsers() {
    owner = new UserClient(api());
    intruder = new UserClient(api());
    wallet = owner.wallet("USD", "1000");
    budget =
        owner
            .create(
                "/api/v1/budgets", Map.of("period", "MONTHLY", "amount", "100", "currency", "USD"))
            .get("id")
            .asString();
    goal =
        owner
            .create(
                "/api/v1/goals",
                Map.of(
                    "name", "Car", "targetAmount", "10", "currentAmount", "10", "currency", "USD"))
            .get("id")
            .asString();
    rule =
        owner
            .create(
                "/api/v1/recurring-transactions",
                Map.of(
                    "type", "EXPENSE",
                    "walletId", wallet,
                    "amount", "5",
                    "interval", "MONTHLY",
                    "startDate", "2099-01-01"))
            .get("id")
            .asString();
    notification = owner.notifications("GOAL_REACHED").get(0).get("id").asString();
    intruderWallet = intruder.wallet("USD", "0");
  }

  @Test
  void othersIdsInThePathAreNotFoundAndChangeNothing() {
    Map<String, Object> budgetBody = Map.of("period", "YEARLY", "amount", "1", "currency", "USD");
    Map<String, Object> goalBody = Map.of("name", "x", "targetAmount", "1", "currency", "USD");
    Map<String, Object> ruleBody =
        Map.of(
            "type", "INCOME",
            "walletId", intruderWallet,
            "amount", "1",
            "interval", "DAILY",
            "startDate", "2099-01-01");
    NotFound.andNothingChanged(
        this::ownersState,
        () -> intruder.get("/api/v1/budgets/" + budget),
        () -> intruder.get("/api/v1/budgets/" + budget + "?period=2026-11"),
        () -> intruder.put("/api/v1/budgets/" + budget, budgetBody),
        () -> intruder.delete("/api/v1/budgets/" + budget),
        () -> intruder.get("/api/v1/goals/" + goal),
        () -> intruder.put("/api/v1/goals/" + goal, goalBody),
        () -> intruder.post("/api/v1/goals/" + goal + "/contributions", Map.of("amount", "-10")),
        () -> intruder.delete("/api/v1/goals/" + goal),
        () -> intruder.get("/api/v1/recurring-transactions/" + rule),
        () -> intruder.put("/api/v1/recurring-transactions/" + rule, ruleBody),
        () -> intruder.post("/api/v1/recurring-transactions/" + rule + "/run-now", null),
        () -> intruder.post("/api/v1/recurring-transactions/" + rule + "/skip-next", null),
        () -> intruder.delete("/api/v1/recurring-transactions/" + rule),
        () -> intruder.post("/api/v1/notifications/" + notification + "/read", null),
        () -> intruder.delete("/api/v1/notifications/" + notification));
  }

  @Test
  void othersIdsInTheBodyAreNotFound() {
    String category = owner.category("EXPENSE");
    NotFound.andNothingChanged(
        this::ownersState,
        () ->
            intruder.post(
                "/api/v1/budgets",
                Map.of(
                    "period", "MONTHLY", "amount", "1", "currency", "USD", "categoryId", category)),
        () ->
            intruder.post(
                "/api/v1/recurring-transactions",
                Map.of("type", "EXPENSE", "walletId", wallet, "amount", "1", "interval", "DAILY")),
        () ->
            intruder.post(
                "/api/v1/recurring-transactions",
                Map.of(
                    "type", "EXPENSE",
                    "walletId", intruderWallet,
                    "categoryId", category,
                    "amount", "1",
                    "interval", "DAILY")));
    assertThat(intruder.get("/api/v1/budgets").json().get("items").size()).isZero();
    assertThat(intruder.get("/api/v1/recurring-transactions").json().get("items").size()).isZero();
  }

  @Test
  void markingAllReadAndCountingConcernOnlyTheCaller() {
    Api.Response marked = intruder.post("/api/v1/notifications/read-all", null);

    assertThat(marked.json().get("updated").asInt()).isZero();
    assertThat(intruder.get("/api/v1/notifications/unread-count").json().get("count").asInt())
        .isZero();
    assertThat(owner.get("/api/v1/notifications/unread-count").json().get("count").asInt())
        .isEqualTo(1);
  }

  private String ownersState() {
    return owner.get("/api/v1/budgets/" + budget).text()
        + owner.get("/api/v1/goals/" + goal).text()
        + owner.get("/api/v1/recurring-transactions/" + rule).text()
        + owner.get("/api/v1/notifications").text()
        + owner.get("/api/v1/wallets/" + wallet).text()
        + owner.get("/api/v1/transactions").text();
  }
}
