package com.spendwise.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.spendwise.support.Api;
import com.spendwise.support.ApiTest;
import com.spendwise.support.UserClient;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class NotificationTest extends ApiTest {

  /** Five goals created at their target: five GOAL_REACHED notifications. */
  private static List<String> fiveGoalsReached(UserClient user) {
    List<String> goals = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      goals.add(
          user.create(
                  "/api/v1/goals",
                  Map.of(
                      "name",
                      "Goal " + i,
                      "targetAmount",
                      "1",
                      "currentAmount",
                      "1",
                      "currency",
                      "USD"))
              .get("id")
              .asString());
    }
    return goals;
  }

  private static List<JsonNode> items(Api.Response page) {
    assertThat(page.status()).as(page.text()).isEqualTo(200);
    return page.json().get("items").valueStream().toList();
  }

  @Test
  void pagesWalkEveryNotificationNewestFirstOnce() {
    UserClient user = new UserClient(api());
    List<String> goals = fiveGoalsReached(user);

    List<String> links = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      Api.Response page =
          user.get("/api/v1/notifications?limit=2" + (cursor == null ? "" : "&cursor=" + cursor));
      items(page).forEach(n -> links.add(n.get("link").asString()));
      JsonNode next = page.json().get("nextCursor");
      cursor = next == null || next.isNull() ? null : next.asString();
      pages++;
    } while (cursor != null);

    List<String> newestFirst = new ArrayList<>(goals);
    Collections.reverse(newestFirst);
    assertThat(pages).isEqualTo(3);
    assertThat(links)
        .containsExactlyElementsOf(newestFirst.stream().map(id -> "/api/v1/goals/" + id).toList());
  }

  @Test
  void readingCountingAndDeleting() {
    UserClient user = new UserClient(api());
    fiveGoalsReached(user);
    List<JsonNode> all = items(user.get("/api/v1/notifications"));
    String first = all.get(0).get("id").asString();
    String second = all.get(1).get("id").asString();

    Api.Response read = user.post("/api/v1/notifications/" + first + "/read", null);
    Api.Response again = user.post("/api/v1/notifications/" + first + "/read", null);
    Api.Response deleted = user.delete("/api/v1/notifications/" + second);

    assertThat(read.json().get("read").asBoolean()).isTrue();
    assertThat(again.status()).isEqualTo(200);
    assertThat(deleted.status()).isEqualTo(204);
    assertThat(user.delete("/api/v1/notifications/" + second).status()).isEqualTo(404);
    assertThat(user.get("/api/v1/notifications/unread-count").json().get("count").asInt())
        .isEqualTo(3);
    assertThat(items(user.get("/api/v1/notifications?unread=true")))
        .extracting(n -> n.get("id").asString())
        .doesNotContain(first, second)
        .hasSize(3);

    Api.Response all2 = user.post("/api/v1/notifications/read-all", null);

    assertThat(all2.json().get("updated").asInt()).isEqualTo(3);
    assertThat(user.get("/api/v1/notifications/unread-count").json().get("count").asInt()).isZero();
    assertThat(items(user.get("/api/v1/notifications"))).hasSize(4);
  }

  @Test
  void badCursorsAndLimitsAreClientErrors() {
    UserClient user = new UserClient(api());

    assertThat(user.get("/api/v1/notifications?cursor=nonsense").status()).isEqualTo(400);
    assertThat(user.get("/api/v1/notifications?limit=0").status()).isEqualTo(400);
    assertThat(user.get("/api/v1/notifications?unread=maybe").status()).isEqualTo(400);
    assertThat(user.post("/api/v1/notifications/not-a-uuid/read", null).status()).isEqualTo(400);
  }
}
