package com.spendwise.wallet;

import static com.spendwise.support.UserClient.expense;
import static com.spendwise.support.UserClient.fields;
import static org.assertj.core.api.Assertions.assertThat;

import com.spendwise.support.Api;
import com.spendwise.support.ApiTest;
import com.spendwise.support.UserClient;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class WalletTest extends ApiTest {

  @Test
  void newWalletTakesTheUsersDefaultCurrencyAndStartsAtItsOpeningBalance() {
    UserClient user = new UserClient(api());

    Api.Response created =
        user.post("/api/v1/wallets", Map.of("name", "Cash", "openingBalance", "1500000"));

    assertThat(created.status()).isEqualTo(201);
    assertThat(created.header("Location"))
        .endsWith("/api/v1/wallets/" + created.json().get("id").asString());
    assertThat(created.header("ETag")).isEqualTo("\"0\"");
    JsonNode wallet = created.json();
    assertThat(wallet.get("currency").asString()).isEqualTo("VND");
    assertThat(wallet.get("openingBalance").asString()).isEqualTo("1500000");
    assertThat(wallet.get("balance").asString()).isEqualTo("1500000");
    assertThat(wallet.get("archived").asBoolean()).isFalse();
  }

  @Test
  void amountsAreDecimalStringsAtTheCurrencysScale() {
    UserClient user = new UserClient(api());

    JsonNode usd = user.walletJson(user.wallet("USD", "12.5"));
    JsonNode kwd = user.walletJson(user.wallet("KWD", "1.234"));

    assertThat(usd.get("balance").isString()).isTrue();
    assertThat(usd.get("balance").asString()).isEqualTo("12.50");
    assertThat(kwd.get("balance").asString()).isEqualTo("1.234");
  }

  @Test
  void moreDecimalsThanTheCurrencyHasAreRefusedNotRounded() {
    UserClient user = new UserClient(api());

    Api.Response vnd =
        user.post(
            "/api/v1/wallets",
            Map.of("name", "Cash", "currency", "VND", "openingBalance", "100.5"));
    Api.Response usd =
        user.post(
            "/api/v1/wallets",
            Map.of("name", "Card", "currency", "USD", "openingBalance", "1.001"));

    assertThat(vnd.status()).isEqualTo(400);
    assertThat(vnd.json().get("errors").get(0).get("code").asString())
        .isEqualTo("too-many-decimals");
    assertThat(usd.status()).isEqualTo(400);
    assertThat(walletCount(user)).isZero();
  }

  @Test
  void unknownCurrencyBlankNameAndHugeBalanceAreEachReported() {
    UserClient user = new UserClient(api());

    Api.Response response =
        user.post("/api/v1/wallets", Map.of("name", " ", "currency", "ABC", "openingBalance", "1"));
    Api.Response huge =
        user.post(
            "/api/v1/wallets", Map.of("name", "Big", "currency", "VND", "openingBalance", "1e15"));
    Api.Response metal = user.post("/api/v1/wallets", Map.of("name", "Gold", "currency", "XAU"));

    assertThat(response.status()).isEqualTo(400);
    assertThat(fields(response)).containsExactlyInAnyOrder("name", "currency");
    assertThat(huge.status()).isEqualTo(400);
    assertThat(huge.json().get("errors").get(0).get("code").asString()).isEqualTo("out-of-range");
    assertThat(metal.status()).isEqualTo(400);
    assertThat(walletCount(user)).isZero();
  }

  @Test
  void clientCannotSetIdBalanceOrVersion() {
    UserClient user = new UserClient(api());

    for (String field : new String[] {"id", "balance", "userId", "version"}) {
      Map<String, Object> body = new HashMap<>(Map.of("name", "Cash"));
      body.put(field, field.equals("balance") ? "999" : "7");
      Api.Response response = user.post("/api/v1/wallets", body);
      assertThat(response.status()).as(field).isEqualTo(400);
      assertThat(fields(response)).containsExactly(field);
    }
    assertThat(walletCount(user)).isZero();
  }

  @Test
  void changingTheOpeningBalanceMovesTheBalanceByTheDifference() {
    UserClient user = new UserClient(api());
    String wallet = user.wallet("VND", "1000");
    user.record(expense(wallet, "300"));

    Api.Response updated =
        user.put(
            "/api/v1/wallets/" + wallet,
            Map.of(
                "name", "Renamed", "currency", "VND", "openingBalance", "5000", "archived", false));

    assertThat(updated.status()).isEqualTo(200);
    assertThat(updated.json().get("balance").asString()).isEqualTo("4700");
    assertThat(updated.json().get("name").asString()).isEqualTo("Renamed");
  }

  @Test
  void currencyIsFixedOnceTheWalletHasTransactions() {
    UserClient user = new UserClient(api());
    String empty = user.wallet("VND", "0");
    String used = user.wallet("VND", "0");
    user.record(expense(used, "10"));
    Map<String, Object> toUsd =
        Map.of("name", "W", "currency", "USD", "openingBalance", "0", "archived", false);

    assertThat(user.put("/api/v1/wallets/" + empty, toUsd).status()).isEqualTo(200);
    Api.Response refused = user.put("/api/v1/wallets/" + used, toUsd);

    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.json().get("code").asString()).isEqualTo("currency-locked");
    assertThat(user.walletJson(used).get("currency").asString()).isEqualTo("VND");
  }

  @Test
  void walletWithTransactionsCannotBeDeletedButCanBeArchived() {
    UserClient user = new UserClient(api());
    String wallet = user.wallet("VND", "0");
    user.record(expense(wallet, "10"));

    Api.Response refused = user.delete("/api/v1/wallets/" + wallet);

    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.json().get("code").asString()).isEqualTo("wallet-has-transactions");
    assertThat(refused.json().get("detail").asString()).contains("archive");
    Api.Response archived =
        user.put(
            "/api/v1/wallets/" + wallet,
            Map.of("name", "Old", "currency", "VND", "openingBalance", "0", "archived", true));
    assertThat(archived.status()).isEqualTo(200);
    Api.Response spend = user.post("/api/v1/transactions", expense(wallet, "5"));
    assertThat(spend.status()).isEqualTo(409);
    assertThat(spend.json().get("code").asString()).isEqualTo("wallet-archived");
    assertThat(user.balance(wallet)).isEqualTo("-10");
  }

  @Test
  void oldTransactionOfAnArchivedWalletCanStillBeDeleted() {
    UserClient user = new UserClient(api());
    String wallet = user.wallet("VND", "100");
    String spent = user.post("/api/v1/transactions", expense(wallet, "30")).header("Location");
    user.put(
        "/api/v1/wallets/" + wallet,
        Map.of("name", "Old", "currency", "VND", "openingBalance", "100", "archived", true));

    assertThat(user.delete(spent).status()).isEqualTo(204);
    assertThat(user.balance(wallet)).isEqualTo("100");
  }

  @Test
  void emptyWalletIsDeleted() {
    UserClient user = new UserClient(api());
    String wallet = user.wallet("VND", "0");

    assertThat(user.delete("/api/v1/wallets/" + wallet).status()).isEqualTo(204);
    assertThat(user.get("/api/v1/wallets/" + wallet).status()).isEqualTo(404);
  }

  @Test
  void staleIfMatchIsRefusedAndChangesNothing() {
    UserClient user = new UserClient(api());
    String wallet = user.wallet("VND", "0");
    String etag = user.get("/api/v1/wallets/" + wallet).header("ETag");
    user.record(expense(wallet, "10"));

    Api.Response stale =
        user.put(
            "/api/v1/wallets/" + wallet,
            Map.of("name", "X", "currency", "VND", "openingBalance", "0", "archived", false),
            Map.of("If-Match", etag));
    Api.Response staleDelete = user.delete("/api/v1/wallets/" + wallet, Map.of("If-Match", etag));

    assertThat(stale.status()).isEqualTo(412);
    assertThat(staleDelete.status()).isEqualTo(412);
    assertThat(user.walletJson(wallet).get("name").asString()).isNotEqualTo("X");
  }

  @Test
  void listIsPagedByName() {
    UserClient user = new UserClient(api());
    for (String name : new String[] {"c", "a", "d", "b", "e"}) {
      assertThat(user.post("/api/v1/wallets", Map.of("name", name)).status()).isEqualTo(201);
    }

    JsonNode first = user.get("/api/v1/wallets?limit=2").json();
    JsonNode second =
        user.get("/api/v1/wallets?limit=2&cursor=" + first.get("nextCursor").asString()).json();
    JsonNode third =
        user.get("/api/v1/wallets?limit=2&cursor=" + second.get("nextCursor").asString()).json();

    assertThat(names(first)).containsExactly("a", "b");
    assertThat(names(second)).containsExactly("c", "d");
    assertThat(names(third)).containsExactly("e");
    assertThat(third.get("nextCursor").isNull()).isTrue();
    assertThat(user.get("/api/v1/wallets?limit=201").status()).isEqualTo(400);
    assertThat(user.get("/api/v1/wallets?cursor=garbage").status()).isEqualTo(400);
  }

  private static java.util.List<String> names(JsonNode page) {
    return page.get("items").valueStream().map(w -> w.get("name").asString()).toList();
  }

  private static int walletCount(UserClient user) {
    return user.get("/api/v1/wallets").json().get("items").size();
  }
}
