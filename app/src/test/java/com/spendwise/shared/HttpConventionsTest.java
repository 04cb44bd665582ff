package com.spendwise.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.spendwise.support.Api;
import com.spendwise.support.ApiTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class HttpConventionsTest extends ApiTest {

  @Test
  void malformedJsonIsAProblemNotAStackTrace() {
    String token = api().register(uniqueEmail());

    Api.Response response =
        api()
            .raw("PATCH", "/api/v1/me", token, "application/json", "{\"displayName\": ".getBytes());

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.json().get("code").asString()).isEqualTo("malformed-body");
    assertNoInternals(response);
  }

  @Test
  void bodyOverTheLimitIsRefusedBeforeReading() {
    String token = api().register(uniqueEmail());

    Api.Response response =
        api().raw("PATCH", "/api/v1/me", token, "application/json", oversizedJson());

    assertThat(response.status()).isEqualTo(413);
    assertThat(response.json().get("code").asString()).isEqualTo("payload-too-large");
  }

  @Test
  void chunkedBodyOverTheLimitIsCutOff() {
    String token = api().register(uniqueEmail());

    Api.Response response = api().chunked("PATCH", "/api/v1/me", token, oversizedJson());

    assertThat(response.status()).isEqualTo(413);
    assertThat(response.json().get("code").asString()).isEqualTo("payload-too-large");
    assertThat(api().get("/api/v1/me", token).json().get("displayName").isNull()).isTrue();
  }

  @Test
  void unknownPathIsA404Problem() {
    String token = api().register(uniqueEmail());

    Api.Response response = api().get("/api/v1/nothing-here", token);

    assertThat(response.status()).isEqualTo(404);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.json().get("code").asString()).isEqualTo("not-found");
  }

  @Test
  void wrongMethodAndMediaTypeAreProblems() {
    String token = api().register(uniqueEmail());

    Api.Response method = api().raw("DELETE", "/api/v1/me", token, "application/json", new byte[0]);
    Api.Response media = api().raw("PATCH", "/api/v1/me", token, "text/plain", "hello".getBytes());

    assertThat(method.status()).isEqualTo(405);
    assertThat(method.json().get("code").asString()).isEqualTo("method-not-allowed");
    assertThat(media.status()).isEqualTo(415);
    assertThat(media.json().get("code").asString()).isEqualTo("unsupported-media-type");
  }

  @Test
  void apiNeedsAToken() {
    Api.Response response = api().get("/api/v1/me", null);

    assertThat(response.status()).isEqualTo(401);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.json().get("code").asString()).isEqualTo("unauthenticated");
  }

  @Test
  void probesAndMetricsAreServed() {
    assertThat(api().get("/actuator/health/liveness", null).json().get("status").asString())
        .isEqualTo("UP");
    assertThat(api().get("/actuator/health/readiness", null).json().get("status").asString())
        .isEqualTo("UP");
    Api.Response metrics = api().get("/actuator/prometheus", null);
    assertThat(metrics.status()).isEqualTo(200);
    assertThat(metrics.text()).contains("hikaricp_connections_active");
    assertThat(api().get("/actuator/env", null).status())
        .as("configuration, passwords included, is never exposed")
        .isIn(401, 404);
  }

  @Test
  void openApiDocumentDescribesTheApi() {
    Api.Response docs = api().get("/v3/api-docs", null);

    assertThat(docs.status()).isEqualTo(200);
    assertThat(docs.json().get("openapi").asString()).startsWith("3.1");
    assertThat(docs.json().get("paths").has("/api/v1/me")).isTrue();
    assertThat(docs.json().get("paths").has("/api/v1/auth/token")).isTrue();
    assertThat(docs.json().get("paths").propertyNames())
        .contains(
            "/api/v1/budgets/{id}",
            "/api/v1/goals/{id}/contributions",
            "/api/v1/recurring-transactions/{id}/run-now",
            "/api/v1/recurring-transactions/{id}/skip-next",
            "/api/v1/notifications/unread-count",
            "/api/v1/reports/cash-flow",
            "/api/v1/reports/categories",
            "/api/v1/reports/net-worth",
            "/api/v1/reports/tags",
            "/api/v1/reports/summary",
            "/api/v1/exchange-rates/{id}");
    assertThat(docs.json().get("paths").propertyNames())
        .as("web app pages are not API endpoints")
        .allMatch(path -> path.startsWith("/api/") || path.startsWith("/.well-known/"));
    for (String report : List.of("cash-flow", "categories", "net-worth", "tags", "summary")) {
      assertThat(
              docs.json()
                  .at("/paths/~1api~1v1~1reports~1" + report + "/get/responses/200/content")
                  .toString())
          .as("an example of the %s report", report)
          .contains("\"example", "\"from\"");
    }
    assertThat(
            docs.json()
                .at("/paths/~1api~1v1~1me/patch/responses/401/content")
                .has("application/problem+json"))
        .isTrue();
    assertThat(
            docs.json()
                .at("/paths/~1api~1v1~1auth~1token/post/responses/401/description")
                .asString())
        .as("the token endpoint's own 401 is about credentials, not bearer tokens")
        .contains("invalid-credentials");
    assertThat(docs.json().at("/paths/~1api~1v1~1auth~1token/post/responses").has("429")).isTrue();
    assertThat(docs.json().at("/paths/~1api~1v1~1me/patch/responses").has("400")).isTrue();
    assertThat(docs.json().at("/paths/~1api~1v1~1me/get/responses").has("400"))
        .as("a GET without parameters cannot be a bad request")
        .isFalse();
    assertThat(docs.json().at("/components/schemas/Problem/properties").has("code")).isTrue();
    assertThat(
            docs.json().at("/paths/~1api~1v1~1transactions/post/responses/201/content").toString())
        .contains("#/components/schemas/Transaction\"");
    assertThat(
            docs.json().at("/components/schemas/TransactionRequest/properties/amount").toString())
        .as("amounts travel as decimal strings")
        .contains("\"string\"");
    assertThat(api().get("/swagger-ui/index.html", null).status()).isEqualTo(200);
  }

  @Test
  void everyOperationDocumentsItsSuccessAndItsBody() {
    JsonNode paths = api().get("/v3/api-docs", null).json().get("paths");
    List<String> undocumented = new ArrayList<>();
    for (String path : paths.propertyNames()) {
      for (String method : paths.get(path).propertyNames()) {
        JsonNode responses = paths.get(path).get(method).get("responses");
        boolean documented = false;
        for (String status : responses.propertyNames()) {
          if (!status.startsWith("2") && !status.startsWith("3")) {
            continue;
          }
          JsonNode content = responses.get(status).get("content");
          boolean bodiless = status.equals("204") || status.startsWith("3");
          documented |=
              bodiless
                  || (content != null
                      && content.properties().stream()
                          .allMatch(media -> media.getValue().has("schema")));
        }
        if (!documented) {
          undocumented.add(method.toUpperCase(Locale.ROOT) + " " + path);
        }
      }
    }
    assertThat(undocumented).as("operations without a success answer and its schema").isEmpty();
    assertThat(paths.at("/~1api~1v1~1transactions~1{id}/put/responses/200/content").toString())
        .contains("#/components/schemas/Transaction\"");
    assertThat(paths.at("/~1api~1v1~1transactions~1{id}/delete/responses").has("204")).isTrue();
    assertThat(paths.at("/~1api~1v1~1me/patch/responses/200/content").toString())
        .contains("#/components/schemas/Profile");
    assertThat(paths.at("/~1api~1v1~1imports/post/responses/201/content").toString())
        .contains("#/components/schemas/ImportResult\"");
    assertThat(paths.at("/~1api~1v1~1imports/post/responses/202/content").toString())
        .contains("#/components/schemas/ImportJob\"");
  }

  private static byte[] oversizedJson() {
    char[] filler = new char[2 * 1024 * 1024];
    Arrays.fill(filler, 'x');
    return ("{\"displayName\": \"" + new String(filler) + "\"}").getBytes(StandardCharsets.UTF_8);
  }

  private static void assertNoInternals(Api.Response response) {
    assertThat(response.text()).doesNotContain("Exception", "at com.", "at org.", "SQL");
  }
}
