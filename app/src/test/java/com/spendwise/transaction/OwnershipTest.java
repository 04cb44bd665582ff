package com.spendwise.transaction;

import static com.spendwise.support.UserClient.expense;
import static com.spendwise.support.UserClient.income;
import static com.spendwise.support.UserClient.transfer;
import static com.spendwise.support.UserClient.with;
import static org.assertj.core.api.Assertions.assertThat;

import com.spendwise.support.ApiTest;
import com.spendwise.support.NotFound;
import com.spendwise.support.UserClient;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Another user's ids, wherever they appear, are "not found" and change nothing. */
class OwnershipTest extends ApiTest {

  private UserClient owner;
  private UserClient intruder;
  private String wallet;
  private String category;
  private String tag;
  private String transaction;
  private String intruderWallet;

  @BeforeEach
  void twoUsers() {
    owner = new UserClient(api());
    intruder = new UserClient(api());
    wallet = owner.wallet("VND", "1000");
    category = owner.category("EXPENSE");
    tag = owner.tag("private");
    transaction =
        owner
            .record(
                with(with(expense(wallet, "100"), "categoryId", category), "tagIds", List.of(tag)))
            .get("id")
            .asString();
    intruderWallet = intruder.wallet("VND", "1000");
  }

  @Test
  void othersIdsInThePathAreNotFound() {
    NotFound.andNothingChanged(
        this::ownersState,
        () -> intruder.get("/api/v1/wallets/" + wallet),
        () ->
            intruder.put(
                "/api/v1/wallets/" + wallet,
                Map.of("name", "x", "currency", "VND", "openingBalance", "0", "archived", true)),
        () -> intruder.delete("/api/v1/wallets/" + wallet),
        () -> intruder.get("/api/v1/categories/" + category),
        () ->
            intruder.put("/api/v1/categories/" + category, Map.of("name", "x", "type", "EXPENSE")),
        () -> intruder.delete("/api/v1/categories/" + category),
        () -> intruder.get("/api/v1/tags/" + tag),
        () -> intruder.put("/api/v1/tags/" + tag, Map.of("name", "x")),
        () -> intruder.delete("/api/v1/tags/" + tag),
        () -> intruder.get("/api/v1/transactions/" + transaction),
        () -> intruder.put("/api/v1/transactions/" + transaction, income(intruderWallet, "1")),
        () -> intruder.delete("/api/v1/transactions/" + transaction));
  }

  @Test
  void othersIdsInTheBodyAreNotFound() {
    String intruderTransaction = intruder.record(expense(intruderWallet, "1")).get("id").asString();
    String mine = intruder.category("EXPENSE");

    NotFound.andNothingChanged(
        this::ownersState,
        () -> intruder.post("/api/v1/transactions", expense(wallet, "1")),
        () -> intruder.post("/api/v1/transactions", income(wallet, "1")),
        () -> intruder.post("/api/v1/transactions", transfer(intruderWallet, wallet, "1")),
        () -> intruder.post("/api/v1/transactions", transfer(wallet, intruderWallet, "1")),
        () ->
            intruder.post(
                "/api/v1/transactions", with(expense(intruderWallet, "1"), "categoryId", category)),
        () ->
            intruder.post(
                "/api/v1/transactions", with(expense(intruderWallet, "1"), "tagIds", List.of(tag))),
        () ->
            intruder.put(
                "/api/v1/transactions/" + intruderTransaction,
                transfer(intruderWallet, wallet, "1")),
        () ->
            intruder.post(
                "/api/v1/transactions/batch",
                Map.of("items", List.of(expense(intruderWallet, "1"), expense(wallet, "1")))),
        () -> intruder.delete("/api/v1/categories/" + mine + "?replacementId=" + category));
    assertThat(intruder.balance(intruderWallet)).isEqualTo("999");
  }

  @Test
  void othersIdsInTheQueryAreNotFound() {
    NotFound.andNothingChanged(
        this::ownersState,
        () -> intruder.get("/api/v1/transactions?walletId=" + wallet),
        () -> intruder.get("/api/v1/transactions?categoryId=" + category),
        () -> intruder.get("/api/v1/transactions?tagIds=" + tag));
  }

  private String ownersState() {
    return owner.get("/api/v1/wallets/" + wallet).text()
        + owner.get("/api/v1/categories/" + category).text()
        + owner.get("/api/v1/tags/" + tag).text()
        + owner.get("/api/v1/transactions/" + transaction).text()
        + owner.get("/api/v1/transactions").text();
  }
}
