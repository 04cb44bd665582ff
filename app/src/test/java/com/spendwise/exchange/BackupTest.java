package com.spendwise.exchange;

import static com.spendwise.support.UserClient.expense;
import static com.spendwise.support.UserClient.income;
import static com.spendwise.support.UserClient.transfer;
import static com.spendwise.support.UserClient.with;
import static org.assertj.core.api.Assertions.assertThat;

import com.spendwise.support.Api;
import com.spendwise.support.ApiTest;
import com.spendwise.support.UserClient;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A full backup: one document with every part of an account, consistent with itself. */
class BackupTest extends ApiTest {

  @Test
  void aBackupHoldsEveryPartOfTheAccountAndItsBalancesEqualItsTransactions() {
    UserClient user = new UserClient(api());
    user.patch("/api/v1/me", Map.of("displayName", "Lan", "language", "vi"));
    String cash = user.wallet("VND", "1000000");
    String travel = user.wallet("USD", "0");
    String food = user.category("EXPENSE");
    String trip = user.tag("trip");
    user.record(with(with(expense(cash, "125000"), "categoryId", food), "tagIds", List.of(trip)));
    user.record(income(travel, "12.50"));
    user.record(with(transfer(cash, travel, "254000"), "targetAmount", "10.00"));
    user.create(
        "/api/v1/budgets",
        Map.of("period", "MONTHLY", "amount", "500000", "currency", "VND", "categoryId", food));
    String goal =
        user.create(
                "/api/v1/goals", Map.of("name", "Bike", "targetAmount", "100", "currency", "USD"))
            .get("id")
            .asString();
    user.post("/api/v1/goals/" + goal + "/contributions", Map.of("amount", "100"));
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
            "2027-01-01"));
    user.create(
        "/api/v1/exchange-rates",
        Map.of("base", "USD", "quote", "VND", "rate", "25400", "date", "2026-11-20"));

    Api.Response response = user.get("/api/v1/backup");

    assertThat(response.status()).as(response.text()).isEqualTo(200);
    assertThat(response.header("Content-Disposition"))
        .startsWith("attachment; filename=\"spendwise-backup-");
    JsonNode backup = response.json();
    assertThat(backup.get("format").asString()).isEqualTo("spendwise-backup");
    assertThat(backup.get("version").asInt()).isEqualTo(1);
    assertThat(backup.get("profile").get("displayName").asString()).isEqualTo("Lan");
    assertThat(backup.get("profile").get("language").asString()).isEqualTo("vi");
    assertThat(backup.get("wallets").size()).isEqualTo(2);
    assertThat(backup.get("categories").size()).isGreaterThan(10);
    assertThat(backup.get("tags").get(0).get("name").asString()).isEqualTo("trip");
    assertThat(backup.get("exchangeRates").get(0).get("rate").asString()).isEqualTo("25400");
    assertThat(backup.get("budgets").get(0).get("categoryId").asString()).isEqualTo(food);
    assertThat(backup.get("goals").get(0).get("currentAmount").asString()).isEqualTo("100.00");
    assertThat(backup.get("recurringTransactions").get(0).get("nextDate").asString())
        .isEqualTo("2027-01-01");
    assertThat(backup.get("notifications").size())
        .as("the goal was reached")
        .isGreaterThanOrEqualTo(1);
    JsonNode transactions = backup.get("transactions");
    assertThat(transactions.size()).isEqualTo(3);
    JsonNode spent = null;
    for (JsonNode t : transactions) {
      if (t.get("type").asString().equals("EXPENSE")) {
        spent = t;
      }
    }
    assertThat(spent.get("amount").asString()).isEqualTo("125000");
    assertThat(spent.get("tagIds").get(0).asString()).isEqualTo(trip);
    assertThat(spent.get("categoryId").asString()).isEqualTo(food);

    // Each wallet's balance is its opening balance plus what its transactions moved.
    Map<String, BigDecimal> moved = new HashMap<>();
    for (JsonNode t : transactions) {
      BigDecimal amount = new BigDecimal(t.get("amount").asString());
      if (!t.get("sourceWalletId").isNull()) {
        moved.merge(t.get("sourceWalletId").asString(), amount.negate(), BigDecimal::add);
      }
      if (!t.get("targetWalletId").isNull()) {
        BigDecimal arrived =
            t.get("targetAmount").isNull()
                ? amount
                : new BigDecimal(t.get("targetAmount").asString());
        moved.merge(t.get("targetWalletId").asString(), arrived, BigDecimal::add);
      }
    }
    for (JsonNode wallet : backup.get("wallets")) {
      BigDecimal opening = new BigDecimal(wallet.get("openingBalance").asString());
      BigDecimal balance = new BigDecimal(wallet.get("balance").asString());
      assertThat(balance)
          .isEqualByComparingTo(
              opening.add(moved.getOrDefault(wallet.get("id").asString(), BigDecimal.ZERO)));
    }
  }

  @Test
  void aBackupHoldsOnlyItsOwnersData() {
    UserClient owner = new UserClient(api());
    owner.record(expense(owner.wallet("VND", "0"), "1000"));
    UserClient other = new UserClient(api());

    JsonNode backup = other.get("/api/v1/backup").json();

    assertThat(backup.get("wallets").size()).isZero();
    assertThat(backup.get("transactions").size()).isZero();
  }
}
