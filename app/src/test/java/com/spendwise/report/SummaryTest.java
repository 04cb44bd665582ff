package com.spendwise.report;

import static com.spendwise.report.ReportAssertions.ok;
import static com.spendwise.support.UserClient.expense;
import static com.spendwise.support.UserClient.income;
import static com.spendwise.support.UserClient.with;
import static org.assertj.core.api.Assertions.assertThat;

import com.spendwise.support.ApiTest;
import com.spendwise.support.UserClient;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class SummaryTest extends ApiTest {

  @AfterEach
  void realTime() {
    clock.set(Instant.now());
  }

  @Test
  void aMonthAtAGlance() {
    clock.set(Instant.parse("2026-11-20T03:00:00Z"));
    UserClient user = new UserClient(api());
    String cash = user.wallet("VND", "0");
    user.create(
        "/api/v1/budgets",
        Map.of(
            "period", "MONTHLY", "amount", "10000", "currency", "VND", "startDate", "2026-01-01"));
    Map<String, String> categories = new LinkedHashMap<>();
    for (String name : new String[] {"A", "B", "C", "D", "E", "F"}) {
      categories.put(
          name,
          user.create("/api/v1/categories", Map.of("name", name, "type", "EXPENSE"))
              .get("id")
              .asString());
    }
    int amount = 1000;
    for (String id : categories.values()) {
      user.record(
          with(
              with(expense(cash, String.valueOf(amount)), "categoryId", id), "date", "2026-11-05"));
      amount += 1000;
    }
    user.record(with(income(cash, "50000"), "date", "2026-11-01"));
    user.record(with(expense(cash, "7000"), "date", "2026-10-31"));
    user.create(
        "/api/v1/goals",
        Map.of("name", "Bike", "targetAmount", "400", "currency", "VND", "currentAmount", "100"));
    user.create(
        "/api/v1/recurring-transactions",
        Map.of(
            "type",
            "EXPENSE",
            "walletId",
            cash,
            "amount",
            "300",
            "note",
            "rent",
            "interval",
            "WEEKLY",
            "startDate",
            "2026-11-23"));

    JsonNode summary = ok(user.get("/api/v1/reports/summary"));

    assertThat(summary.get("month").asString()).isEqualTo("2026-11");
    JsonNode vnd = summary.get("currencies").get(0);
    assertThat(vnd.get("income").asString()).isEqualTo("50000");
    assertThat(vnd.get("expense").asString()).isEqualTo("21000");
    assertThat(vnd.get("net").asString()).isEqualTo("29000");
    assertThat(vnd.get("previousExpense").asString()).isEqualTo("7000");
    JsonNode top = summary.get("topExpenseCategories").get(0).get("categories");
    assertThat(top).hasSize(5);
    assertThat(top.get(0).get("name").asString()).isEqualTo("F");
    assertThat(top.get(4).get("name").asString()).isEqualTo("B");
    JsonNode budget = summary.get("budgets").get(0);
    assertThat(budget.get("spent").asString()).isEqualTo("21000");
    assertThat(budget.get("percentUsed").decimalValue()).isEqualByComparingTo("210.0");
    assertThat(summary.get("goals").get(0).get("progressPercent").decimalValue())
        .isEqualByComparingTo("25.0");
    JsonNode upcoming = summary.get("upcoming");
    assertThat(upcoming).hasSize(5);
    assertThat(upcoming.get(0).get("date").asString()).isEqualTo("2026-11-23");
    assertThat(upcoming.get(4).get("date").asString()).isEqualTo("2026-12-21");
    // The write that took the budget to 100% sent BUDGET_EXCEEDED (and no warning).
    assertThat(summary.get("unreadNotifications").asLong()).isEqualTo(1);
    assertThat(summary.get("unreadNotifications").asLong())
        .isEqualTo(ok(user.get("/api/v1/notifications/unread-count")).get("count").asLong());

    JsonNode october = ok(user.get("/api/v1/reports/summary?month=2026-10"));
    assertThat(october.get("currencies").get(0).get("expense").asString()).isEqualTo("7000");
  }
}
