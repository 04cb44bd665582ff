package com.spendwise.tag;

import static com.spendwise.support.UserClient.expense;
import static com.spendwise.support.UserClient.with;
import static org.assertj.core.api.Assertions.assertThat;

import com.spendwise.support.Api;
import com.spendwise.support.ApiTest;
import com.spendwise.support.UserClient;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TagTest extends ApiTest {

  @Test
  void namesAreUniqueIgnoringCase() {
    UserClient user = new UserClient(api());
    user.tag("Travel");

    Api.Response duplicate = user.post("/api/v1/tags", Map.of("name", "TRAVEL"));
    Api.Response blank = user.post("/api/v1/tags", Map.of("name", "  "));

    assertThat(duplicate.status()).isEqualTo(409);
    assertThat(blank.status()).isEqualTo(400);
    assertThat(user.get("/api/v1/tags").json().get("items").size()).isEqualTo(1);
  }

  @Test
  void renameAndDeleteWithETags() {
    UserClient user = new UserClient(api());
    String tag = user.tag("work");
    String etag = user.get("/api/v1/tags/" + tag).header("ETag");

    Api.Response renamed =
        user.put("/api/v1/tags/" + tag, Map.of("name", "job"), Map.of("If-Match", etag));
    Api.Response stale =
        user.put("/api/v1/tags/" + tag, Map.of("name", "gig"), Map.of("If-Match", etag));

    assertThat(renamed.status()).isEqualTo(200);
    assertThat(renamed.json().get("name").asString()).isEqualTo("job");
    assertThat(stale.status()).isEqualTo(412);
  }

  @Test
  void deletingATagRemovesItFromTransactions() {
    UserClient user = new UserClient(api());
    String wallet = user.wallet("VND", "0");
    String tag = user.tag("gone");
    String spent =
        user.record(with(expense(wallet, "1"), "tagIds", List.of(tag))).get("id").asString();

    assertThat(user.delete("/api/v1/tags/" + tag).status()).isEqualTo(204);
    assertThat(user.get("/api/v1/transactions/" + spent).json().get("tagIds").size()).isZero();
  }
}
