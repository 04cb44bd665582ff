package com.spendwise.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.spendwise.support.Api;
import com.spendwise.support.ApiTest;
import com.spendwise.support.PageClient;
import com.spendwise.support.UserClient;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Password change, web sessions and the sign-in history of local accounts, over HTTP. */
class AccountSecurityTest extends ApiTest {

  private static final String PASSWORD = "a long enough password";
  private static final String NEW_PASSWORD = "another long enough password";
  private static final String FIREFOX =
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0";

  @Test
  void changingThePasswordNeedsTheCurrentOneAndEndsEveryWebSession() {
    UserClient user = new UserClient(api());
    PageClient laptop = new PageClient(port, "en");
    PageClient phone = new PageClient(port, "vi");
    assertThat(laptop.signIn(user.email(), PASSWORD).statusCode()).isEqualTo(302);
    assertThat(phone.signIn(user.email(), PASSWORD).statusCode()).isEqualTo(302);
    assertThat(laptop.get("/profile/security").statusCode()).isEqualTo(200);
    assertThat(user.get("/api/v1/auth/sessions").json().size()).isEqualTo(2);

    Api.Response wrong =
        user.post(
            "/api/v1/auth/password",
            Map.of("currentPassword", "not my password", "newPassword", NEW_PASSWORD));
    assertThat(wrong.status()).isEqualTo(400);
    assertThat(wrong.json().get("errors").get(0).get("field").asString())
        .isEqualTo("currentPassword");
    Api.Response tooShort =
        user.post(
            "/api/v1/auth/password", Map.of("currentPassword", PASSWORD, "newPassword", "short"));
    assertThat(tooShort.status()).isEqualTo(400);
    assertThat(signIn(user.email(), PASSWORD).status()).as("nothing changed yet").isEqualTo(200);

    Api.Response changed =
        user.post(
            "/api/v1/auth/password",
            Map.of("currentPassword", PASSWORD, "newPassword", NEW_PASSWORD));

    assertThat(changed.status()).as(changed.text()).isEqualTo(204);
    assertThat(signIn(user.email(), PASSWORD).status()).isEqualTo(401);
    assertThat(signIn(user.email(), NEW_PASSWORD).status()).isEqualTo(200);
    assertThat(laptop.get("/profile/security").statusCode())
        .as("the web sessions ended: back to the sign-in page")
        .isEqualTo(302);
    assertThat(phone.get("/").statusCode()).isEqualTo(302);
    assertThat(user.get("/api/v1/auth/sessions").json().size()).isZero();
    assertThat(user.notifications("PASSWORD_CHANGED")).hasSize(1);
  }

  @Test
  void changingThePasswordOnThePageKeepsThisSessionAndEndsTheOthers() {
    UserClient user = new UserClient(api());
    PageClient here = new PageClient(port, "en");
    PageClient elsewhere = new PageClient(port, "en");
    here.signIn(user.email(), PASSWORD);
    elsewhere.signIn(user.email(), PASSWORD);

    HttpResponse<String> wrong =
        here.post(
            "/profile/security/password",
            Map.of("currentPassword", "not it at all", "newPassword", NEW_PASSWORD));
    assertThat(wrong.statusCode()).isEqualTo(200);
    assertThat(wrong.body()).contains("That is not your password");

    HttpResponse<String> done =
        here.post(
            "/profile/security/password",
            Map.of("currentPassword", PASSWORD, "newPassword", NEW_PASSWORD));

    assertThat(done.statusCode()).isEqualTo(302);
    HttpResponse<String> page = here.get("/profile/security");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Your password is changed");
    assertThat(elsewhere.get("/").statusCode()).isEqualTo(302);
  }

  @Test
  void aSessionIsListedWithItsDeviceAndEndedByItsHandle() {
    UserClient user = new UserClient(api());
    PageClient browser = new PageClient(port, "en");
    browser.signIn(user.email(), PASSWORD);
    PageClient here = new PageClient(port, "en");
    here.signIn(user.email(), PASSWORD);
    UserClient stranger = new UserClient(api());

    JsonNode session =
        user.get("/api/v1/auth/sessions")
            .json()
            .valueStream()
            .filter(s -> here.get("/profile/security").body().contains(s.get("handle").asString()))
            .findFirst()
            .orElseThrow();
    assertThat(session.get("device").asString()).isEqualTo("Java-http-client");
    assertThat(session.get("address").asString()).isNotBlank();
    assertThat(session.get("handle").asString()).hasSize(22);
    String handle = session.get("handle").asString();
    assertThat(browser.get("/profile/security").body())
        .as("the page never shows a session's id")
        .doesNotContain(sessionIdsOf(user));

    assertThat(stranger.delete("/api/v1/auth/sessions/" + handle).status())
        .as("another account's session is not found")
        .isEqualTo(404);
    assertThat(browser.get("/").statusCode()).isEqualTo(200);
    assertThat(user.delete("/api/v1/auth/sessions/" + handle).status()).isEqualTo(204);
    assertThat(browser.get("/").statusCode()).isEqualTo(302);
  }

  @Test
  void signInsAndFailedAttemptsAreKeptFiftyDeepAndANewDeviceIsNotified() {
    UserClient user = new UserClient(api());
    assertThat(signIn(user.email(), "a wrong password").status()).isEqualTo(401);
    assertThat(signIn(user.email(), PASSWORD).status()).isEqualTo(200);

    List<JsonNode> events = user.get("/api/v1/auth/sign-ins").json().valueStream().toList();
    assertThat(events)
        .extracting(e -> e.get("method").asString() + ":" + e.get("succeeded").asBoolean())
        .containsExactly("PASSWORD:true", "PASSWORD:false", "REGISTER:true");
    assertThat(user.notifications("NEW_SIGN_IN")).as("the device it registered from").isEmpty();

    Api.Response firefox =
        api()
            .post(
                "/api/v1/auth/token",
                null,
                Map.of("email", user.email(), "password", PASSWORD),
                Map.of("User-Agent", FIREFOX));
    assertThat(firefox.status()).isEqualTo(200);
    List<JsonNode> notices = user.notifications("NEW_SIGN_IN");
    assertThat(notices).hasSize(1);
    assertThat(notices.get(0).get("message").asString())
        .contains("Firefox (Windows), from address");
    api()
        .post(
            "/api/v1/auth/token",
            null,
            Map.of("email", user.email(), "password", PASSWORD),
            Map.of("User-Agent", FIREFOX));
    assertThat(user.notifications("NEW_SIGN_IN")).as("known by now").hasSize(1);

    for (int i = 0; i < 25; i++) {
      signIn(user.email(), PASSWORD);
      clock.advance(java.time.Duration.ofSeconds(1));
    }
    for (int i = 0; i < 25; i++) {
      signIn(user.email(), "wrong " + i);
      clock.advance(java.time.Duration.ofMinutes(16));
    }
    clock.advance(java.time.Duration.ofMinutes(16));
    user.signIn();
    List<JsonNode> kept = user.get("/api/v1/auth/sign-ins").json().valueStream().toList();
    assertThat(kept).hasSize(50);
    assertThat(kept.get(0).get("succeeded").asBoolean()).isTrue();
    assertThat(kept.get(1).get("succeeded").asBoolean()).isFalse();
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM sign_in_events e JOIN local_accounts a USING (subject)"
                        + " WHERE a.email = ?")
                .param(user.email())
                .query(Long.class)
                .single())
        .as("older ones are removed, not only hidden")
        .isEqualTo(50);
  }

  @Test
  void aPasskeyAfterThePasswordNeedsAPasskeyAndThenClosesTheTokenEndpointToThePasswordAlone() {
    UserClient user = new UserClient(api());

    Api.Response refused = user.put("/api/v1/auth/second-factor", Map.of("passkeyRequired", true));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().get("errors").get(0).get("code").asString()).isEqualTo("no-passkey");
    assertThat(user.get("/api/v1/auth/second-factor").json().get("passkeyRequired").asBoolean())
        .isFalse();

    // As the security page leaves an account with a passkey that turned it on (the passkey
    // ceremony itself is a browser's: SecurityBrowserTest).
    jdbc.sql("UPDATE local_accounts SET passkey_required = TRUE WHERE email = ?")
        .param(user.email())
        .update();
    Api.Response token = signIn(user.email(), PASSWORD);
    assertThat(token.status()).isEqualTo(401);
    assertThat(token.json().get("code").asString()).isEqualTo("passkey-required");
    assertThat(signIn(user.email(), "a wrong password").json().get("code").asString())
        .as("a wrong password says nothing about a second step")
        .isEqualTo("invalid-credentials");

    PageClient browser = new PageClient(port, "en");
    HttpResponse<String> half = browser.signIn(user.email(), PASSWORD);
    assertThat(half.headers().firstValue("Location").orElseThrow()).endsWith("/signin/passkey");
    HttpResponse<String> dashboard = browser.get("/");
    assertThat(dashboard.statusCode()).isEqualTo(302);
    assertThat(dashboard.headers().firstValue("Location").orElseThrow())
        .as("half signed in: only the second step opens")
        .endsWith("/signin/passkey");
    assertThat(browser.get("/profile/security").statusCode()).isEqualTo(302);
    assertThat(browser.get("/signin/passkey").statusCode()).isEqualTo(200);
  }

  private Api.Response signIn(String email, String password) {
    return api().post("/api/v1/auth/token", null, Map.of("email", email, "password", password));
  }

  private String[] sessionIdsOf(UserClient user) {
    return jdbc.sql(
            "SELECT s.session_id FROM spring_session s JOIN users u ON u.cognito_sub ="
                + " s.principal_name WHERE u.id = ?")
        .param(user.id())
        .query(String.class)
        .list()
        .toArray(String[]::new);
  }
}
