package com.spendwise.exchange;

import static com.spendwise.support.UserClient.expense;
import static org.assertj.core.api.Assertions.assertThat;

import com.spendwise.support.Api;
import com.spendwise.support.ApiTest;
import com.spendwise.support.UserClient;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A full backup: one document with every part of an account, consistent with itself. */
class BackupTest extends ApiTest {

  @Test
  void aBackupHoldsEveryPartOfTheAccountAndItsBalancesEqualItsTransactions() {
    UserClient user = new UserClient(api());
    RichAccount account = RichAccount.fill(user);

    Api.Response response = user.get("/api/v1/backup");

    assertThat(response.status()).as(response.text()).isEqualTo(200);
    assertThat(response.header("Content-Disposition"))
        .startsWith("attachment; filename=\"spendwise-backup-");
    JsonNode backup = response.json();
    assertThat(backup.get("format").asString()).isEqualTo("spendwise-backup");
    assertThat(backup.get("version").asInt()).isEqualTo(2);
    assertThat(backup.get("rules").isArray()).isTrue();
    assertThat(backup.get("profile").get("displayName").asString()).isEqualTo("Lan");
    assertThat(backup.get("profile").get("language").asString()).isEqualTo("vi");
    assertThat(backup.get("wallets").size()).isEqualTo(3);
    assertThat(backup.get("categories").size()).isGreaterThan(10);
    assertThat(backup.get("tags").valueStream().map(t -> t.get("name").asString()))
        .containsExactlyInAnyOrder("trip", "gifts");
    assertThat(backup.get("exchangeRates").get(0).get("rate").asString()).isEqualTo("25400");
    assertThat(backup.get("budgets").get(0).get("categoryId").asString()).isEqualTo(account.food());
    assertThat(backup.get("goals").get(0).get("currentAmount").asString()).isEqualTo("100.00");
    assertThat(backup.get("recurringTransactions").get(0).get("nextDate").asString())
        .as("run once ahead of time")
        .isEqualTo("2027-02-01");
    assertThat(backup.get("notifications").size())
        .as("the goal was reached")
        .isGreaterThanOrEqualTo(1);
    JsonNode transactions = backup.get("transactions");
    assertThat(transactions.size()).isEqualTo(7);
    JsonNode spent = null;
    for (JsonNode t : transactions) {
      if (t.get("amount").asString().equals("125000")) {
        spent = t;
      }
    }
    assertThat(spent.get("tagIds").get(0).asString()).isEqualTo(account.trip());
    assertThat(spent.get("categoryId").asString()).isEqualTo(account.food());
    assertThat(transactions.valueStream().filter(t -> !t.get("recurringTransactionId").isNull()))
        .hasSize(1);

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
