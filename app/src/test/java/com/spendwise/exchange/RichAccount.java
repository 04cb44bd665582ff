package com.spendwise.exchange;

import static com.spendwise.support.UserClient.expense;
import static com.spendwise.support.UserClient.income;
import static com.spendwise.support.UserClient.transfer;
import static com.spendwise.support.UserClient.with;
import static org.assertj.core.api.Assertions.assertThat;

import com.spendwise.support.Api;
import com.spendwise.support.UserClient;
import java.util.List;
import java.util.Map;

/**
 * An account with a bit of everything a backup holds: two currencies and a transfer between them, a
 * custom category and a tag, a budget, a reached goal, a recurring rule with a transaction it
 * recorded, an exchange rate, an archived wallet, and read and unread notifications.
 */
public record RichAccount(String cash, String travel, String food, String trip, String goal) {

  public static RichAccount fill(UserClient user) {
    user.patch("/api/v1/me", Map.of("displayName", "Lan", "language", "vi"));
    String cash = user.wallet("VND", "1000000");
    String travel = user.wallet("USD", "0");
    String old = user.wallet("VND", "0");
    String food = user.category("EXPENSE");
    String trip = user.tag("trip");
    user.tag("gifts");
    user.record(with(with(expense(cash, "125000"), "categoryId", food), "tagIds", List.of(trip)));
    user.record(with(expense(cash, "30000"), "note", "coffee"));
    user.record(with(expense(cash, "30000"), "note", "coffee"));
    user.record(income(travel, "12.50"));
    user.record(with(transfer(cash, travel, "254000"), "targetAmount", "10.00"));
    user.record(income(old, "5000"));
    ok(
        user.put(
            "/api/v1/wallets/" + old,
            Map.of("name", "Old", "currency", "VND", "openingBalance", "0", "archived", true)));
    user.create(
        "/api/v1/budgets",
        Map.of("period", "MONTHLY", "amount", "100000", "currency", "VND", "categoryId", food));
    String goal =
        user.create(
                "/api/v1/goals", Map.of("name", "Bike", "targetAmount", "100", "currency", "USD"))
            .get("id")
            .asString();
    ok(user.post("/api/v1/goals/" + goal + "/contributions", Map.of("amount", "100")));
    String rule =
        user.create(
                "/api/v1/recurring-transactions",
                Map.of(
                    "type",
                    "EXPENSE",
                    "walletId",
                    cash,
                    "amount",
                    "100000",
                    "note",
                    "rent",
                    "interval",
                    "MONTHLY",
                    "startDate",
                    "2027-01-01"))
            .get("id")
            .asString();
    ok(user.post("/api/v1/recurring-transactions/" + rule + "/run-now", Map.of()));
    user.create(
        "/api/v1/exchange-rates",
        Map.of("base", "USD", "quote", "VND", "rate", "25400", "date", "2026-11-20"));
    String first =
        user.get("/api/v1/notifications?limit=1").json().get("items").get(0).get("id").asString();
    ok(user.post("/api/v1/notifications/" + first + "/read", Map.of()));
    return new RichAccount(cash, travel, food, trip, goal);
  }

  private static Api.Response ok(Api.Response response) {
    assertThat(response.status()).as(response.text()).isBetween(200, 204);
    return response;
  }
}
