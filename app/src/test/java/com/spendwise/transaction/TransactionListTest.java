package com.spendwise.transaction;

import static com.spendwise.support.UserClient.expense;
import static com.spendwise.support.UserClient.income;
import static com.spendwise.support.UserClient.transfer;
import static com.spendwise.support.UserClient.with;
import static org.assertj.core.api.Assertions.assertThat;

import com.spendwise.support.Api;
import com.spendwise.support.ApiTest;
import com.spendwise.support.UserClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class TransactionListTest extends ApiTest {

  @Test
  void pagesWalkEveryTransactionNewestFirstExactlyOnce() {
    UserClient user = new UserClient(api());
    String a = user.wallet("VND", "0");
    List<Map<String, Object>> items = new ArrayList<>();
    for (int i = 0; i < 25; i++) {
      // Several per day, so the id breaks ties within a date.
      items.add(with(expense(a, String.valueOf(i + 1)), "date", "2026-01-" + (10 + i / 3)));
    }
    assertThat(user.post("/api/v1/transactions/batch", Map.of("items", items)).status())
        .isEqualTo(201);

    List<JsonNode> seen = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      JsonNode page =
          user.get("/api/v1/transactions?limit=7" + (cursor == null ? "" : "&cursor=" + cursor))
              .json();
      page.get("items").forEach(seen::add);
      cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asString();
      pages++;
    } while (cursor != null);

    assertThat(pages).isEqualTo(4);
    assertThat(seen).hasSize(25);
    assertThat(seen.stream().map(t -> t.get("id").asString()).distinct()).hasSize(25);
    for (int i = 1; i < seen.size(); i++) {
      String previous =
          seen.get(i - 1).get("date").asString() + seen.get(i - 1).get("id").asString();
      String current = seen.get(i).get("date").asString() + seen.get(i).get("id").asString();
      assertThat(previous).isGreaterThan(current);
    }
  }

  @Test
  void filtersCombine() {
    UserClient user = new UserClient(api());
    String cash = user.wallet("VND", "0");
    String bank = user.wallet("VND", "0");
    String food = user.category("EXPENSE");
    String travel = user.tag("travel");
    String work = user.tag("work");
    String lunch =
        id(
            user.record(
                with(
                    with(with(expense(cash, "50000"), "categoryId", food), "note", "Team LUNCH"),
                    "tagIds",
                    List.of(travel, work))));
    String taxi =
        id(
            user.record(
                with(
                    with(
                        with(expense(cash, "200000"), "tagIds", List.of(travel)),
                        "note",
                        "lunch, team_50%"),
                    "date",
                    "2026-10-01")));
    String salary = id(user.record(income(bank, "9000000")));
    String move = id(user.record(transfer(bank, cash, "100000")));

    assertThat(ids(user, "walletId=" + cash)).containsExactlyInAnyOrder(lunch, taxi, move);
    assertThat(ids(user, "walletId=" + bank)).containsExactlyInAnyOrder(salary, move);
    assertThat(ids(user, "categoryId=" + food)).containsExactly(lunch);
    assertThat(ids(user, "type=INCOME")).containsExactly(salary);
    assertThat(ids(user, "from=2026-11-01")).doesNotContain(taxi).hasSize(3);
    assertThat(ids(user, "to=2026-10-31")).containsExactly(taxi);
    assertThat(ids(user, "minAmount=100000&maxAmount=200000"))
        .containsExactlyInAnyOrder(taxi, move);
    assertThat(ids(user, "q=lunch")).containsExactlyInAnyOrder(lunch, taxi);
    // A phrase matches as a whole, across word boundaries, in any case; wildcards are literal.
    assertThat(ids(user, "q=team+lunch")).containsExactly(lunch);
    assertThat(ids(user, "q=EAM+LU")).containsExactly(lunch);
    assertThat(ids(user, "q=lunch,+team")).containsExactly(taxi);
    assertThat(ids(user, "q=team_50%25")).containsExactly(taxi);
    assertThat(ids(user, "q=team%2550")).isEmpty();
    assertThat(ids(user, "q=team_5")).containsExactly(taxi);
    assertThat(ids(user, "q=lunch,_team")).isEmpty();
    assertThat(ids(user, "q=%25")).containsExactly(taxi);
    assertThat(ids(user, "tagIds=" + travel + "," + work)).containsExactlyInAnyOrder(lunch, taxi);
    assertThat(ids(user, "tagIds=" + travel + "," + work + "&tagMode=all")).containsExactly(lunch);
    assertThat(ids(user, "walletId=" + cash + "&type=EXPENSE&from=2026-11-01"))
        .containsExactly(lunch);
  }

  @Test
  void totalOnlyWhenAsked() {
    UserClient user = new UserClient(api());
    String a = user.wallet("VND", "0");
    for (int i = 0; i < 3; i++) {
      user.record(expense(a, "1"));
    }

    JsonNode without = user.get("/api/v1/transactions?limit=1").json();
    JsonNode with = user.get("/api/v1/transactions?limit=1&includeTotal=true").json();

    assertThat(without.get("total").isNull()).isTrue();
    assertThat(with.get("total").asLong()).isEqualTo(3);
    assertThat(with.get("items").size()).isEqualTo(1);
  }

  @Test
  void badFiltersAreClientErrors() {
    UserClient user = new UserClient(api());

    for (String query :
        List.of(
            "from=2026-02-01&to=2026-01-01",
            "minAmount=5&maxAmount=1",
            "from=yesterday",
            "limit=0",
            "limit=1000",
            "type=GIFT",
            "tagMode=some",
            "cursor=%21%21",
            "walletId=not-a-uuid",
            "minAmount=abc")) {
      Api.Response response = user.get("/api/v1/transactions?" + query);
      assertThat(response.status()).as(query).isEqualTo(400);
      assertThat(response.contentType()).as(query).startsWith("application/problem+json");
    }
  }

  private static String id(JsonNode transaction) {
    return transaction.get("id").asString();
  }

  private static List<String> ids(UserClient user, String query) {
    Api.Response response = user.get("/api/v1/transactions?" + query);
    assertThat(response.status()).as(query + ": " + response.text()).isEqualTo(200);
    return response.json().get("items").valueStream().map(t -> t.get("id").asString()).toList();
  }
}
