package com.spendwise.transaction;

import static com.spendwise.support.UserClient.expense;
import static com.spendwise.support.UserClient.fields;
import static com.spendwise.support.UserClient.income;
import static com.spendwise.support.UserClient.transfer;
import static org.assertj.core.api.Assertions.assertThat;

import com.spendwise.support.Api;
import com.spendwise.support.ApiTest;
import com.spendwise.support.UserClient;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BatchTest extends ApiTest {

  @Test
  void createsAThousandTransactionsAtOnce() {
    UserClient user = new UserClient(api());
    String a = user.wallet("VND", "0");
    String b = user.wallet("VND", "0");
    List<Map<String, Object>> items = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      items.add(i % 2 == 0 ? income(a, "3") : transfer(a, b, "1"));
    }

    Api.Response response = user.post("/api/v1/transactions/batch", Map.of("items", items));

    assertThat(response.status()).isEqualTo(201);
    assertThat(response.json().get("items").size()).isEqualTo(1000);
    assertThat(user.balance(a)).isEqualTo("1000");
    assertThat(user.balance(b)).isEqualTo("500");
  }

  @Test
  void oneBadItemRefusesTheWholeBatchAndNamesEachBadIndex() {
    UserClient user = new UserClient(api());
    String a = user.wallet("USD", "0");
    List<Map<String, Object>> items =
        List.of(expense(a, "1"), expense(a, "1.001"), expense(a, "2"), expense(a, "-1"));

    Api.Response response = user.post("/api/v1/transactions/batch", Map.of("items", items));

    assertThat(response.status()).isEqualTo(400);
    assertThat(fields(response)).containsExactlyInAnyOrder("items[1].amount", "items[3].amount");
    assertThat(user.balance(a)).isEqualTo("0.00");
    assertThat(user.get("/api/v1/transactions").json().get("items").size()).isZero();
  }

  @Test
  void moreThanAThousandOrNoneIsRefused() {
    UserClient user = new UserClient(api());
    String a = user.wallet("VND", "0");

    Api.Response tooMany =
        user.post(
            "/api/v1/transactions/batch",
            Map.of("items", Collections.nCopies(1001, expense(a, "1"))));
    Api.Response empty = user.post("/api/v1/transactions/batch", Map.of("items", List.of()));

    assertThat(tooMany.status()).isEqualTo(400);
    assertThat(empty.status()).isEqualTo(400);
    assertThat(user.balance(a)).isEqualTo("0");
  }

  @Test
  void archivedWalletInOneItemIsAConflictNamingIt() {
    UserClient user = new UserClient(api());
    String open = user.wallet("VND", "0");
    String closed = user.wallet("VND", "0");
    user.put(
        "/api/v1/wallets/" + closed,
        Map.of("name", "Old", "currency", "VND", "openingBalance", "0", "archived", true));

    Api.Response response =
        user.post(
            "/api/v1/transactions/batch",
            Map.of("items", List.of(expense(open, "1"), income(closed, "1"))));

    assertThat(response.status()).isEqualTo(409);
    assertThat(fields(response)).containsExactly("items[1].walletId");
    assertThat(user.balance(open)).isEqualTo("0");
  }
}
