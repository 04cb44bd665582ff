package com.spendwise.transaction;

import static com.spendwise.support.UserClient.entry;
import static com.spendwise.support.UserClient.expense;
import static com.spendwise.support.UserClient.fields;
import static com.spendwise.support.UserClient.income;
import static com.spendwise.support.UserClient.transfer;
import static com.spendwise.support.UserClient.with;
import static org.assertj.core.api.Assertions.assertThat;

import com.spendwise.support.Api;
import com.spendwise.support.ApiTest;
import com.spendwise.support.UserClient;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Every validation rule of a transaction; a refused request writes nothing. */
class TransactionRulesTest extends ApiTest {

  @Test
  void incomeExpenseAndTransferMoveTheRightWallets() {
    UserClient user = new UserClient(api());
    String cash = user.wallet("VND", "1000000");
    String bank = user.wallet("VND", "0");

    user.record(income(bank, "20000000"));
    user.record(expense(cash, "125000"));
    user.record(transfer(bank, cash, "500000"));

    assertThat(user.balance(cash)).isEqualTo("1375000");
    assertThat(user.balance(bank)).isEqualTo("19500000");
  }

  @Test
  void incomeHasOnlyATargetWalletAndExpenseOnlyASource() {
    UserClient user = new UserClient(api());
    String a = user.wallet("VND", "0");
    String b = user.wallet("VND", "0");

    Api.Response income = user.post("/api/v1/transactions", entry("INCOME", "10", a, null));
    Api.Response expense = user.post("/api/v1/transactions", entry("EXPENSE", "10", a, b));
    Api.Response transfer = user.post("/api/v1/transactions", entry("TRANSFER", "10", a, null));

    assertThat(income.status()).isEqualTo(400);
    assertThat(fields(income)).containsExactlyInAnyOrder("sourceWalletId", "targetWalletId");
    assertThat(expense.status()).isEqualTo(400);
    assertThat(fields(expense)).containsExactly("targetWalletId");
    assertThat(transfer.status()).isEqualTo(400);
    assertThat(fields(transfer)).containsExactly("targetWalletId");
    assertNothingRecorded(user, a, b);
  }

  @Test
  void transferNeedsTwoDifferentWallets() {
    UserClient user = new UserClient(api());
    String a = user.wallet("VND", "0");

    Api.Response response = user.post("/api/v1/transactions", transfer(a, a, "10"));

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().get("errors").get(0).get("code").asString())
        .isEqualTo("same-wallet");
    assertNothingRecorded(user, a);
  }

  @Test
  void amountMustBePositiveAndBounded() {
    UserClient user = new UserClient(api());
    String a = user.wallet("VND", "0");

    for (String amount : List.of("0", "-5", "1000000000000000", "1e300")) {
      Api.Response response = user.post("/api/v1/transactions", expense(a, amount));
      assertThat(response.status()).as(amount).isEqualTo(400);
      assertThat(fields(response)).as(amount).containsExactly("amount");
    }
    assertNothingRecorded(user, a);
  }

  @Test
  void extraDecimalsAreRefusedPerCurrency() {
    UserClient user = new UserClient(api());
    String vnd = user.wallet("VND", "0");
    String usd = user.wallet("USD", "0");
    String kwd = user.wallet("KWD", "0");

    assertThat(user.post("/api/v1/transactions", expense(vnd, "1.5")).status()).isEqualTo(400);
    assertThat(user.post("/api/v1/transactions", expense(usd, "1.005")).status()).isEqualTo(400);
    assertThat(user.post("/api/v1/transactions", expense(kwd, "1.0005")).status()).isEqualTo(400);
    assertThat(user.post("/api/v1/transactions", expense(usd, "1e-7")).status()).isEqualTo(400);
    assertNothingRecorded(user, vnd, usd, kwd);

    assertThat(user.record(expense(usd, "12.34")).get("amount").asString()).isEqualTo("12.34");
    assertThat(user.record(expense(usd, "5.10")).get("amount").asString()).isEqualTo("5.10");
    assertThat(user.record(expense(kwd, "1.125")).get("amount").asString()).isEqualTo("1.125");
    assertThat(user.record(expense(vnd, "125000")).get("amount").asString()).isEqualTo("125000");
    assertThat(user.balance(usd)).isEqualTo("-17.44");
  }

  @Test
  void transferBetweenCurrenciesRequiresTargetAmount() {
    UserClient user = new UserClient(api());
    String vnd = user.wallet("VND", "10000000");
    String usd = user.wallet("USD", "0");

    Api.Response missing = user.post("/api/v1/transactions", transfer(vnd, usd, "2600000"));
    Api.Response tooPrecise =
        user.post(
            "/api/v1/transactions", with(transfer(vnd, usd, "2600000"), "targetAmount", "100.001"));

    assertThat(missing.status()).isEqualTo(400);
    assertThat(fields(missing)).containsExactly("targetAmount");
    assertThat(tooPrecise.status()).isEqualTo(400);
    assertNothingRecorded(user, vnd, usd);

    JsonNode recorded = user.record(with(transfer(vnd, usd, "2600000"), "targetAmount", "100.5"));
    assertThat(recorded.get("targetAmount").asString()).isEqualTo("100.50");
    assertThat(user.balance(vnd)).isEqualTo("7400000");
    assertThat(user.balance(usd)).isEqualTo("100.50");
  }

  @Test
  void transferWithinOneCurrencyMustNotCarryADifferentTargetAmount() {
    UserClient user = new UserClient(api());
    String a = user.wallet("USD", "0");
    String b = user.wallet("USD", "0");

    Api.Response different =
        user.post("/api/v1/transactions", with(transfer(a, b, "10"), "targetAmount", "11"));

    assertThat(different.status()).isEqualTo(400);
    assertThat(different.json().get("errors").get(0).get("code").asString()).isEqualTo("mismatch");
    assertNothingRecorded(user, a, b);
    user.record(with(transfer(a, b, "10"), "targetAmount", "10.00"));
    assertThat(user.balance(b)).isEqualTo("10.00");
  }

  @Test
  void targetAmountBelongsOnlyToTransfers() {
    UserClient user = new UserClient(api());
    String a = user.wallet("USD", "0");

    Api.Response response =
        user.post("/api/v1/transactions", with(expense(a, "10"), "targetAmount", "10"));

    assertThat(response.status()).isEqualTo(400);
    assertThat(fields(response)).containsExactly("targetAmount");
  }

  @Test
  void categoryTypeMustMatchTransactionType() {
    UserClient user = new UserClient(api());
    String a = user.wallet("VND", "0");
    String salary = user.category("INCOME");

    Api.Response response =
        user.post("/api/v1/transactions", with(expense(a, "10"), "categoryId", salary));

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().get("errors").get(0).get("code").asString())
        .isEqualTo("category-type-mismatch");
    assertNothingRecorded(user, a);
  }

  @Test
  void dateIsACalendarDateAndNoteIsBounded() {
    UserClient user = new UserClient(api());
    String a = user.wallet("VND", "0");

    Api.Response instant =
        user.post("/api/v1/transactions", with(expense(a, "1"), "date", "2026-11-20T10:00:00Z"));
    Api.Response noDate = user.post("/api/v1/transactions", with(expense(a, "1"), "date", null));
    Api.Response longNote =
        user.post("/api/v1/transactions", with(expense(a, "1"), "note", "x".repeat(501)));

    assertThat(instant.status()).isEqualTo(400);
    assertThat(fields(instant)).containsExactly("date");
    assertThat(noDate.status()).isEqualTo(400);
    assertThat(longNote.status()).isEqualTo(400);
    assertThat(fields(longNote)).containsExactly("note");
    assertNothingRecorded(user, a);
  }

  @Test
  void clientCannotSetIdUserOrVersion() {
    UserClient user = new UserClient(api());
    String a = user.wallet("VND", "0");

    for (String field : List.of("id", "userId", "version", "balance", "createdAt")) {
      Api.Response response = user.post("/api/v1/transactions", with(expense(a, "1"), field, "1"));
      assertThat(response.status()).as(field).isEqualTo(400);
      assertThat(fields(response)).containsExactly(field);
    }
    assertNothingRecorded(user, a);
  }

  @Test
  void amountsAreStringsInResponses() {
    UserClient user = new UserClient(api());
    String a = user.wallet("USD", "0");

    JsonNode recorded = user.record(expense(a, "3"));

    assertThat(recorded.get("amount").isString()).isTrue();
    assertThat(recorded.get("amount").asString()).isEqualTo("3.00");
  }

  @Test
  void tagsAreCarriedAndDeduplicated() {
    UserClient user = new UserClient(api());
    String a = user.wallet("VND", "0");
    String travel = user.tag("travel");
    String work = user.tag("work");

    JsonNode recorded = user.record(with(expense(a, "1"), "tagIds", List.of(travel, work, travel)));

    assertThat(recorded.get("tagIds").valueStream().map(JsonNode::asString).toList())
        .containsExactlyInAnyOrder(travel, work);
  }

  @Test
  void editingMovesMoneyBetweenTheOldAndNewWallets() {
    UserClient user = new UserClient(api());
    String vnd = user.wallet("VND", "1000");
    String other = user.wallet("VND", "1000");
    String usd = user.wallet("USD", "0");
    JsonNode spent = user.record(expense(vnd, "100"));
    String path = "/api/v1/transactions/" + spent.get("id").asString();

    Api.Response toTransfer =
        user.put(path, with(transfer(vnd, usd, "300"), "targetAmount", "0.01"));
    assertThat(toTransfer.status()).as(toTransfer.text()).isEqualTo(200);
    assertThat(user.balance(vnd)).isEqualTo("700");
    assertThat(user.balance(usd)).isEqualTo("0.01");

    Api.Response toIncome = user.put(path, income(other, "50"));
    assertThat(toIncome.status()).isEqualTo(200);
    assertThat(user.balance(vnd)).isEqualTo("1000");
    assertThat(user.balance(usd)).isEqualTo("0.00");
    assertThat(user.balance(other)).isEqualTo("1050");

    assertThat(user.delete(path).status()).isEqualTo(204);
    assertThat(user.balance(other)).isEqualTo("1000");
    assertThat(user.get(path).status()).isEqualTo(404);
  }

  @Test
  void staleIfMatchOnEditOrDeleteIsRefused() {
    UserClient user = new UserClient(api());
    String a = user.wallet("VND", "0");
    Api.Response created = user.post("/api/v1/transactions", expense(a, "10"));
    String path = created.header("Location");
    String etag = created.header("ETag");

    Api.Response edited = user.put(path, expense(a, "20"), Map.of("If-Match", etag));
    Api.Response stale = user.put(path, expense(a, "30"), Map.of("If-Match", etag));
    Api.Response staleDelete = user.delete(path, Map.of("If-Match", etag));

    assertThat(edited.status()).isEqualTo(200);
    assertThat(edited.header("ETag")).isEqualTo("\"1\"");
    assertThat(stale.status()).isEqualTo(412);
    assertThat(staleDelete.status()).isEqualTo(412);
    assertThat(user.balance(a)).isEqualTo("-20");
  }

  @Test
  void editKeepingAnArchivedWalletsAmountIsAllowedButMovingItsMoneyIsNot() {
    UserClient user = new UserClient(api());
    String a = user.wallet("VND", "0");
    String path = user.post("/api/v1/transactions", expense(a, "10")).header("Location");
    user.put(
        "/api/v1/wallets/" + a,
        Map.of("name", "Old", "currency", "VND", "openingBalance", "0", "archived", true));

    Api.Response noteOnly = user.put(path, with(expense(a, "10"), "note", "fixed typo"));
    Api.Response newAmount = user.put(path, expense(a, "11"));

    assertThat(noteOnly.status()).isEqualTo(200);
    assertThat(newAmount.status()).isEqualTo(409);
    assertThat(newAmount.json().get("code").asString()).isEqualTo("wallet-archived");
    assertThat(user.balance(a)).isEqualTo("-10");
  }

  @Test
  void balanceBeyondWhatTheDatabaseHoldsIsRefused() {
    UserClient user = new UserClient(api());
    String max = "999999999999999";
    String a = user.wallet("VND", max);
    List<Map<String, Object>> items = Collections.nCopies(999, income(a, max));

    Api.Response nearlyFull = user.post("/api/v1/transactions/batch", Map.of("items", items));
    Api.Response overflow = user.post("/api/v1/transactions", income(a, max));

    assertThat(nearlyFull.status()).isEqualTo(201);
    assertThat(user.balance(a)).isEqualTo("999999999999999000");
    assertThat(overflow.status()).isEqualTo(422);
    assertThat(overflow.json().get("code").asString()).isEqualTo("balance-out-of-range");
    assertThat(user.balance(a)).isEqualTo("999999999999999000");
  }

  private void assertNothingRecorded(UserClient user, String... wallets) {
    assertThat(user.get("/api/v1/transactions").json().get("items").size()).isZero();
    for (String wallet : wallets) {
      JsonNode json = user.walletJson(wallet);
      assertThat(json.get("balance").asString()).isEqualTo(json.get("openingBalance").asString());
    }
  }
}
