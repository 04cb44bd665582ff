package com.spendwise.category;

import static com.spendwise.support.UserClient.expense;
import static com.spendwise.support.UserClient.fields;
import static com.spendwise.support.UserClient.with;
import static org.assertj.core.api.Assertions.assertThat;

import com.spendwise.support.Api;
import com.spendwise.support.ApiTest;
import com.spendwise.support.UserClient;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class CategoryTest extends ApiTest {

  private java.net.http.HttpResponse<String> categoriesIn(String token, String language)
      throws Exception {
    return java.net.http.HttpClient.newHttpClient()
        .send(
            java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(
                        "http://localhost:" + port + "/api/v1/categories?limit=200"))
                .header("Authorization", "Bearer " + token)
                .header("Accept-Language", language)
                .build(),
            java.net.http.HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void aNewUserStartsWithCategoriesInTheLanguageOfTheirFirstRequest() throws Exception {
    String vietnamese = api().register(uniqueEmail());
    String english = api().register(uniqueEmail());

    String first = categoriesIn(vietnamese, "vi-VN,vi;q=0.9,en;q=0.5").body();
    String later = categoriesIn(vietnamese, "en").body();
    String other = categoriesIn(english, "en-GB").body();

    assertThat(first).contains("Ăn uống", "Lương", "Chuyển khoản").doesNotContain("Food & Drinks");
    assertThat(later).as("asked once, at provisioning").isEqualTo(first);
    assertThat(other).contains("Food & Drinks").doesNotContain("Ăn uống");
  }

  private static String names(UserClient user) {
    return user.get("/api/v1/categories?limit=200").json().get("items").toString();
  }

  @Test
  void startingCategoriesNeverRenamedFollowTheProfilesLanguage() {
    UserClient user = new UserClient(api());
    assertThat(names(user)).contains("Food & Drinks", "Groceries", "Salary");
    String groceries = null;
    for (JsonNode item : user.get("/api/v1/categories?limit=200").json().get("items")) {
      if (item.get("name").asString().equals("Groceries")) {
        groceries = item.get("id").asString();
      }
    }
    Api.Response renamed =
        user.put("/api/v1/categories/" + groceries, Map.of("name", "Market", "type", "EXPENSE"));
    assertThat(renamed.status()).as(renamed.text()).isEqualTo(200);
    user.post("/api/v1/categories", Map.of("name", "Lương", "type", "INCOME"));

    assertThat(user.patch("/api/v1/me", Map.of("language", "vi")).status()).isEqualTo(200);

    assertThat(names(user))
        .contains("Ăn uống", "Đi lại", "Chuyển khoản", "Market")
        .doesNotContain("Food & Drinks", "Transport", "Đi chợ, siêu thị");
    assertThat(names(user))
        .as("Salary keeps its name: the user already has a category called Lương")
        .contains("Salary");

    assertThat(user.patch("/api/v1/me", Map.of("language", "en")).status()).isEqualTo(200);

    assertThat(names(user))
        .contains("Food & Drinks", "Transport", "Market", "Salary", "Lương")
        .doesNotContain("Ăn uống", "Groceries");
  }

  @Test
  void newUserHasDefaultsOfEveryType() {
    UserClient user = new UserClient(api());

    JsonNode all = user.get("/api/v1/categories?limit=200").json().get("items");

    assertThat(all.valueStream().map(c -> c.get("type").asString()).distinct())
        .containsExactlyInAnyOrder("INCOME", "EXPENSE", "TRANSFER");
    assertThat(all.valueStream().map(c -> c.get("name").asString()))
        .contains("Salary", "Transport");
  }

  @Test
  void namesAreUniquePerTypeIgnoringCase() {
    UserClient user = new UserClient(api());

    Api.Response first =
        user.post("/api/v1/categories", Map.of("name", "Coffee", "type", "EXPENSE"));
    Api.Response duplicate =
        user.post("/api/v1/categories", Map.of("name", "coffee", "type", "EXPENSE"));
    Api.Response otherType =
        user.post("/api/v1/categories", Map.of("name", "Coffee", "type", "INCOME"));

    assertThat(first.status()).isEqualTo(201);
    assertThat(duplicate.status()).isEqualTo(409);
    assertThat(duplicate.json().get("code").asString()).isEqualTo("name-taken");
    assertThat(otherType.status()).isEqualTo(201);
  }

  @Test
  void invalidFieldsAreReported() {
    UserClient user = new UserClient(api());

    Api.Response response =
        user.post("/api/v1/categories", Map.of("name", "", "type", "EXPENSE", "color", "red"));
    Api.Response badType = user.post("/api/v1/categories", Map.of("name", "X", "type", "GIFT"));

    assertThat(response.status()).isEqualTo(400);
    assertThat(fields(response)).containsExactlyInAnyOrder("name", "color");
    assertThat(badType.status()).isEqualTo(400);
    assertThat(fields(badType)).containsExactly("type");
  }

  @Test
  void categoryInUseNeedsAReplacementOfTheSameType() {
    UserClient user = new UserClient(api());
    String wallet = user.wallet("VND", "0");
    String old = id(user.post("/api/v1/categories", Map.of("name", "Old", "type", "EXPENSE")));
    String replacement =
        id(user.post("/api/v1/categories", Map.of("name", "New", "type", "EXPENSE")));
    String income = user.category("INCOME");
    String spent = user.record(with(expense(wallet, "10"), "categoryId", old)).get("id").asString();

    Api.Response refused = user.delete("/api/v1/categories/" + old);
    Api.Response wrongType = user.delete("/api/v1/categories/" + old + "?replacementId=" + income);
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.json().get("code").asString()).isEqualTo("category-in-use");
    assertThat(wrongType.status()).isEqualTo(400);

    Api.Response moved = user.delete("/api/v1/categories/" + old + "?replacementId=" + replacement);
    assertThat(moved.status()).isEqualTo(204);
    assertThat(user.get("/api/v1/transactions/" + spent).json().get("categoryId").asString())
        .isEqualTo(replacement);
    assertThat(user.get("/api/v1/categories/" + old).status()).isEqualTo(404);
  }

  @Test
  void typeOfACategoryInUseIsFixed() {
    UserClient user = new UserClient(api());
    String wallet = user.wallet("VND", "0");
    String cat = id(user.post("/api/v1/categories", Map.of("name", "Misc", "type", "EXPENSE")));
    user.record(with(expense(wallet, "10"), "categoryId", cat));

    Api.Response response =
        user.put("/api/v1/categories/" + cat, Map.of("name", "Misc", "type", "INCOME"));
    Api.Response rename =
        user.put("/api/v1/categories/" + cat, Map.of("name", "Various", "type", "EXPENSE"));

    assertThat(response.status()).isEqualTo(409);
    assertThat(rename.status()).isEqualTo(200);
    assertThat(rename.json().get("name").asString()).isEqualTo("Various");
  }

  @Test
  void unusedCategoryIsDeleted() {
    UserClient user = new UserClient(api());
    String cat = id(user.post("/api/v1/categories", Map.of("name", "Temp", "type", "INCOME")));

    assertThat(user.delete("/api/v1/categories/" + cat).status()).isEqualTo(204);
    assertThat(user.get("/api/v1/categories/" + cat).status()).isEqualTo(404);
  }

  private static String id(Api.Response response) {
    assertThat(response.status()).as(response.text()).isEqualTo(201);
    return response.json().get("id").asString();
  }
}
