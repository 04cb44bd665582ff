package com.spendwise.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.spendwise.support.Api;
import com.spendwise.support.ApiTest;
import com.spendwise.support.PageClient;
import com.spendwise.support.UserClient;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Each kind a page shows all of has an explicit per-user limit: the one that reaches it is created,
 * the one above is a 422 {@code limit-reached} that writes nothing, and pages list every one within
 * it (not the first 200). The rows up to the limit are written in SQL, for speed.
 */
class PerUserLimitTest extends ApiTest {

  private UUID id(String email) {
    return jdbc.sql("SELECT id FROM users WHERE email = ?").param(email).query(UUID.class).single();
  }

  /** Fills the user's {@code table} up to {@code rows} rows with {@code insert} (one row per n). */
  private void fill(UUID user, String table, int rows, String insert) {
    long have =
        jdbc.sql("SELECT count(*) FROM " + table + " WHERE user_id = ?")
            .param(user)
            .query(Long.class)
            .single();
    jdbc.sql(insert + " FROM generate_series(1, ?) AS n").params(user, rows - have).update();
  }

  private long count(UUID user, String table) {
    return jdbc.sql("SELECT count(*) FROM " + table + " WHERE user_id = ?")
        .param(user)
        .query(Long.class)
        .single();
  }

  /** The create at the limit passes, the one above is refused and changes nothing. */
  private void reachesTheLimit(
      UserClient client,
      UUID user,
      String table,
      int limit,
      String path,
      Object body,
      Object more) {
    Api.Response last = client.post(path, body);
    assertThat(last.status()).as(last.text()).isEqualTo(201);
    assertThat(count(user, table)).isEqualTo(limit);
    Api.Response above = client.post(path, more);
    assertThat(above.status()).as(above.text()).isEqualTo(422);
    assertThat(above.json().get("code").asString()).isEqualTo("limit-reached");
    assertThat(above.json().get("detail").asString()).contains(String.valueOf(limit));
    assertThat(count(user, table)).isEqualTo(limit);
  }

  @Test
  void walletsCategoriesAndTagsStopAtAThousand() {
    UserClient client = new UserClient(api());
    client.get("/api/v1/me");
    UUID user = id(client.email());
    fill(user, "wallets", 999, "INSERT INTO wallets (user_id, name) SELECT ?, 'W' || n");
    reachesTheLimit(
        client,
        user,
        "wallets",
        1000,
        "/api/v1/wallets",
        Map.of("name", "Last", "currency", "VND"),
        Map.of("name", "Above", "currency", "VND"));
    fill(
        user,
        "categories",
        999,
        "INSERT INTO categories (user_id, name, type) SELECT ?, 'C' || n, 'EXPENSE'");
    reachesTheLimit(
        client,
        user,
        "categories",
        1000,
        "/api/v1/categories",
        Map.of("name", "Last", "type", "EXPENSE"),
        Map.of("name", "Above", "type", "EXPENSE"));
    fill(user, "tags", 999, "INSERT INTO tags (user_id, name) SELECT ?, 'T' || n");
    reachesTheLimit(
        client,
        user,
        "tags",
        1000,
        "/api/v1/tags",
        Map.of("name", "last"),
        Map.of("name", "above"));
  }

  @Test
  void budgetsAndGoalsStopAtFiveHundredAndRecurringRulesAtAThousand() {
    UserClient client = new UserClient(api());
    client.get("/api/v1/me");
    UUID user = id(client.email());
    String wallet = client.wallet("VND", "0");
    fill(
        user,
        "budgets",
        499,
        "INSERT INTO budgets (user_id, period, amount, currency, start_date)"
            + " SELECT ?, 'MONTHLY', n, 'VND', DATE '2026-01-01'");
    Map<String, Object> budget =
        Map.of("period", "MONTHLY", "amount", "100", "currency", "VND", "startDate", "2026-01-01");
    reachesTheLimit(client, user, "budgets", 500, "/api/v1/budgets", budget, budget);
    fill(
        user,
        "goals",
        499,
        "INSERT INTO goals (user_id, name, target_amount) SELECT ?, 'G' || n, 1000");
    Map<String, Object> goal = Map.of("name", "Bike", "targetAmount", "100", "currency", "VND");
    reachesTheLimit(client, user, "goals", 500, "/api/v1/goals", goal, goal);
    fill(
        user,
        "recurring_transactions",
        999,
        "INSERT INTO recurring_transactions (user_id, type, wallet_id, amount, interval,"
            + " start_date, next_date) SELECT ?, 'EXPENSE', '"
            + wallet
            + "', n, 'MONTHLY', DATE '2027-01-01', DATE '2027-01-01'");
    Map<String, Object> rule =
        Map.of(
            "type", "EXPENSE",
            "walletId", wallet,
            "amount", "100",
            "interval", "MONTHLY",
            "startDate", "2027-01-01");
    reachesTheLimit(
        client, user, "recurring_transactions", 1000, "/api/v1/recurring-transactions", rule, rule);
  }

  @Test
  void pagesOfferEveryWalletUpToTheLimitAndSayWhenItIsReached() {
    String email = uniqueEmail();
    PageClient page = new PageClient(port, "en").register(email, "a long enough password");
    UUID user = id(email);
    // Names sort after every generated one, so a first-200 page would not hold them.
    fill(
        user,
        "wallets",
        999,
        "INSERT INTO wallets (user_id, name) SELECT ?, 'W' || lpad(n::text, 4, '0')");
    assertThat(
            page.post(
                    "/wallets", Map.of("name", "Zz last", "currency", "VND", "openingBalance", ""))
                .statusCode())
        .isEqualTo(302);
    HttpResponse<String> above =
        page.post("/wallets", Map.of("name", "Zz above", "currency", "VND", "openingBalance", ""));
    assertThat(above.statusCode()).isEqualTo(200);
    assertThat(above.body()).contains("the most an account may have");
    assertThat(count(user, "wallets")).isEqualTo(1000);

    String form = page.get("/transactions/new").body();
    assertThat(form).contains("Zz last (VND)").contains("W0999 (VND)");
    assertThat(page.get("/wallets").body()).contains("Zz last");
  }
}
