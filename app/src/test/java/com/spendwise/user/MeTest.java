package com.spendwise.user;

import static org.assertj.core.api.Assertions.assertThat;

import com.spendwise.support.Api;
import com.spendwise.support.ApiTest;
import com.spendwise.support.UserClient;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class MeTest extends ApiTest {

  @Test
  void firstRequestProvisionsTheUserFromTheToken() {
    String email = uniqueEmail();
    String token = api().register(email);

    Api.Response me = api().get("/api/v1/me", token);

    assertThat(me.status()).isEqualTo(200);
    assertThat(me.json().get("email").asString()).isEqualTo(email);
    assertThat(me.json().get("defaultCurrency").asString()).isEqualTo("VND");
    assertThat(me.json().get("timeZone").asString()).isEqualTo("UTC");
    assertThat(me.header("ETag")).isEqualTo("\"0\"");
    assertThat(countUsersWithEmail(email)).isEqualTo(1);
  }

  @Test
  void concurrentFirstRequestsProvisionExactlyOneUser() throws Exception {
    String email = uniqueEmail();
    String token = api().register(email);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<Api.Response>> calls = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        calls.add(() -> api().get("/api/v1/me", token));
      }
      List<String> ids = new ArrayList<>();
      for (Future<Api.Response> result : pool.invokeAll(calls)) {
        assertThat(result.get().status()).isEqualTo(200);
        ids.add(result.get().json().get("id").asString());
      }
      assertThat(ids).containsOnly(ids.get(0));
    } finally {
      pool.shutdown();
    }
    assertThat(countUsersWithEmail(email)).isEqualTo(1);
  }

  @Test
  void patchChangesOnlyTheFieldsItNames() {
    String token = api().register(uniqueEmail());

    Api.Response first =
        api()
            .patch(
                "/api/v1/me",
                token,
                Map.of("displayName", "  Lan  ", "timeZone", "Asia/Ho_Chi_Minh"),
                Map.of());
    Api.Response second =
        api().patch("/api/v1/me", token, Map.of("defaultCurrency", "USD"), Map.of());

    assertThat(first.status()).isEqualTo(200);
    JsonNode profile = second.json();
    assertThat(profile.get("displayName").asString()).isEqualTo("Lan");
    assertThat(profile.get("timeZone").asString()).isEqualTo("Asia/Ho_Chi_Minh");
    assertThat(profile.get("defaultCurrency").asString()).isEqualTo("USD");
    assertThat(second.header("ETag")).isEqualTo("\"2\"");
  }

  @Test
  void nullClearsTheDisplayName() {
    String token = api().register(uniqueEmail());
    api().patch("/api/v1/me", token, Map.of("displayName", "Lan"), Map.of());
    Map<String, Object> clear = new HashMap<>();
    clear.put("displayName", null);

    Api.Response cleared = api().patch("/api/v1/me", token, clear, Map.of());

    assertThat(cleared.status()).isEqualTo(200);
    assertThat(cleared.json().get("displayName").isNull()).isTrue();
  }

  @Test
  void theLanguageIsEnglishOrVietnameseAndNullFollowsTheBrowser() {
    String token = api().register(uniqueEmail());
    assertThat(api().get("/api/v1/me", token).json().get("language").isNull()).isTrue();

    Api.Response french = api().patch("/api/v1/me", token, Map.of("language", "fr"), Map.of());
    Api.Response vietnamese = api().patch("/api/v1/me", token, Map.of("language", "vi"), Map.of());
    Map<String, Object> clear = new HashMap<>();
    clear.put("language", null);
    Api.Response cleared = api().patch("/api/v1/me", token, clear, Map.of());

    assertThat(french.status()).isEqualTo(400);
    assertThat(UserClient.fieldCodes(french)).containsExactly("language:unknown-language");
    assertThat(vietnamese.json().get("language").asString()).isEqualTo("vi");
    assertThat(cleared.json().get("language").isNull()).isTrue();
  }

  @Test
  void invalidFieldsAreAllReportedAndNothingIsWritten() {
    String token = api().register(uniqueEmail());
    Map<String, Object> patch = new HashMap<>();
    patch.put("displayName", "Valid name");
    patch.put("defaultCurrency", "usd");
    patch.put("timeZone", null);

    Api.Response response = api().patch("/api/v1/me", token, patch, Map.of());

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.json().get("code").asString()).isEqualTo("validation-failed");
    assertThat(UserClient.fieldCodes(response))
        .containsExactlyInAnyOrder(
            "defaultCurrency:unknown-currency", "timeZone:unknown-time-zone");
    JsonNode unchanged = api().get("/api/v1/me", token).json();
    assertThat(unchanged.get("displayName").isNull()).isTrue();
    assertThat(unchanged.get("defaultCurrency").asString()).isEqualTo("VND");
  }

  @Test
  void unknownAndMistypedFieldsAreRejected() {
    String token = api().register(uniqueEmail());

    Api.Response response =
        api().patch("/api/v1/me", token, Map.of("id", "x", "displayName", 42), Map.of());

    assertThat(response.status()).isEqualTo(400);
    assertThat(UserClient.fieldCodes(response))
        .containsExactlyInAnyOrder("id:unknown-field", "displayName:invalid-format");
  }

  @Test
  void staleIfMatchIsRejectedWith412() {
    String token = api().register(uniqueEmail());
    String etag = api().get("/api/v1/me", token).header("ETag");
    api().patch("/api/v1/me", token, Map.of("displayName", "One"), Map.of("If-Match", etag));

    Api.Response stale =
        api().patch("/api/v1/me", token, Map.of("displayName", "Two"), Map.of("If-Match", etag));

    assertThat(stale.status()).isEqualTo(412);
    assertThat(stale.json().get("code").asString()).isEqualTo("precondition-failed");
    assertThat(api().get("/api/v1/me", token).json().get("displayName").asString())
        .isEqualTo("One");
  }

  private int countUsersWithEmail(String email) {
    return jdbc.sql("SELECT count(*) FROM users WHERE email = ?")
        .param(email)
        .query(Integer.class)
        .single();
  }
}
