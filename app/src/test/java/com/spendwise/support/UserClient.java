package com.spendwise.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/** One registered user of the API, with shortcuts for the ledger's resources. */
public final class UserClient {

  private final Api api;
  private final String email;
  private volatile String token;
  private final Map<String, String> ledger;

  public UserClient(Api api) {
    this(api, "user-" + UUID.randomUUID() + "@example.com");
  }

  /** Registers an account with this email. */
  public UserClient(Api api, String email) {
    this.api = api;
    this.email = email;
    this.token = api.register(email);
    this.ledger = Map.of();
  }

  private UserClient(UserClient person, String ledgerId) {
    this.api = person.api;
    this.email = person.email;
    this.token = person.token;
    this.ledger = ledgerId == null ? Map.of() : Map.of("SpendWise-Ledger", ledgerId);
  }

  /** The same person acting on a shared ledger: every request names it. */
  public UserClient in(String ledgerId) {
    return new UserClient(this, ledgerId);
  }

  private Map<String, String> headers(Map<String, String> more) {
    Map<String, String> all = new HashMap<>(ledger);
    all.putAll(more);
    return all;
  }

  /** Signs in again: a test that moved the clock past the token's lifetime needs a new one. */
  public void signIn() {
    Api.Response response =
        api.post(
            "/api/v1/auth/token",
            null,
            Map.of("email", email, "password", "a long enough password"));
    assertThat(response.status()).as(response.text()).isEqualTo(200);
    token = response.json().get("accessToken").asString();
  }

  /** The account's email; its password is the one every test account has. */
  public String email() {
    return email;
  }

  public String token() {
    return token;
  }

  public Api.Response get(String path) {
    return api.get(path, token, ledger);
  }

  public Api.Response post(String path, Object body) {
    return api.post(path, token, body, ledger);
  }

  public Api.Response post(String path, Object body, Map<String, String> headers) {
    return api.post(path, token, body, headers(headers));
  }

  public Api.Response put(String path, Object body) {
    return api.put(path, token, body, ledger);
  }

  public Api.Response put(String path, Object body, Map<String, String> headers) {
    return api.put(path, token, body, headers(headers));
  }

  public Api.Response delete(String path) {
    return api.delete(path, token, ledger);
  }

  public Api.Response delete(String path, Map<String, String> headers) {
    return api.delete(path, token, headers(headers));
  }

  public Api.Response patch(String path, Object body) {
    return api.patch(path, token, body, ledger);
  }

  /** Sets the user's time zone. */
  public void timeZone(String zone) {
    Api.Response response = patch("/api/v1/me", Map.of("timeZone", zone));
    assertThat(response.status()).as(response.text()).isEqualTo(200);
  }

  /** The user's notifications of one type, newest first (at most 200). */
  public List<JsonNode> notifications(String type) {
    Api.Response response = get("/api/v1/notifications?limit=200");
    assertThat(response.status()).as(response.text()).isEqualTo(200);
    return response
        .json()
        .get("items")
        .valueStream()
        .filter(n -> n.get("type").asString().equals(type))
        .toList();
  }

  /** The user's id, as the profile gives it. */
  public UUID id() {
    Api.Response response = get("/api/v1/me");
    assertThat(response.status()).as(response.text()).isEqualTo(200);
    return UUID.fromString(response.json().get("id").asString());
  }

  /** Creates a resource and returns its JSON, checking the 201. */
  public JsonNode create(String path, Object body) {
    Api.Response response = post(path, body);
    assertThat(response.status()).as(response.text()).isEqualTo(201);
    return response.json();
  }

  /** Creates a wallet and returns its id. */
  public String wallet(String currency, String openingBalance) {
    Api.Response response =
        post(
            "/api/v1/wallets",
            Map.of(
                "name",
                "W " + UUID.randomUUID(),
                "currency",
                currency,
                "openingBalance",
                openingBalance));
    assertThat(response.status()).as(response.text()).isEqualTo(201);
    return response.json().get("id").asString();
  }

  public JsonNode walletJson(String id) {
    Api.Response response = get("/api/v1/wallets/" + id);
    assertThat(response.status()).as(response.text()).isEqualTo(200);
    return response.json();
  }

  public String balance(String walletId) {
    return walletJson(walletId).get("balance").asString();
  }

  /** The id of one of the user's categories of a type. */
  public String category(String type) {
    Api.Response response = get("/api/v1/categories?type=" + type + "&limit=1");
    assertThat(response.status()).as(response.text()).isEqualTo(200);
    return response.json().get("items").get(0).get("id").asString();
  }

  public String tag(String name) {
    Api.Response response = post("/api/v1/tags", Map.of("name", name));
    assertThat(response.status()).as(response.text()).isEqualTo(201);
    return response.json().get("id").asString();
  }

  public static Map<String, Object> expense(String wallet, String amount) {
    return entry("EXPENSE", amount, wallet, null);
  }

  public static Map<String, Object> income(String wallet, String amount) {
    return entry("INCOME", amount, null, wallet);
  }

  public static Map<String, Object> transfer(String from, String to, String amount) {
    return entry("TRANSFER", amount, from, to);
  }

  public static Map<String, Object> entry(
      String type, String amount, String source, String target) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", type);
    body.put("amount", amount);
    if (source != null) {
      body.put("sourceWalletId", source);
    }
    if (target != null) {
      body.put("targetWalletId", target);
    }
    body.put("date", "2026-11-20");
    return body;
  }

  public static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
    Map<String, Object> copy = new HashMap<>(body);
    copy.put(key, value);
    return copy;
  }

  /** Records a transaction and returns its JSON. */
  public JsonNode record(Map<String, Object> body) {
    Api.Response response = post("/api/v1/transactions", body);
    assertThat(response.status()).as(response.text()).isEqualTo(201);
    return response.json();
  }

  /** A problem response's field problems as "field:code". */
  public static List<String> fieldCodes(Api.Response problem) {
    List<String> found = new java.util.ArrayList<>();
    problem
        .json()
        .get("errors")
        .forEach(e -> found.add(e.get("field").asString() + ":" + e.get("code").asString()));
    return found;
  }

  public static List<String> fields(Api.Response problem) {
    return problem.json().get("errors").valueStream().map(e -> e.get("field").asString()).toList();
  }
}
