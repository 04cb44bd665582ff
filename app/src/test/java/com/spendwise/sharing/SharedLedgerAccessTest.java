package com.spendwise.sharing;

import static com.spendwise.support.UserClient.expense;
import static com.spendwise.support.UserClient.with;
import static org.assertj.core.api.Assertions.assertThat;

import com.spendwise.exchange.RichAccount;
import com.spendwise.support.Api;
import com.spendwise.support.ApiTest;
import com.spendwise.support.Households;
import com.spendwise.support.UserClient;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Who may do what in a shared ledger: strangers find nothing, viewers only read, editors record but
 * do not manage, a removed member is refused at once, and members see nothing of each other's own
 * ledgers.
 */
class SharedLedgerAccessTest extends ApiTest {

  private UserClient owner;
  private String ledger;
  private RichAccount household;

  @BeforeEach
  void aFilledHousehold() {
    owner = new UserClient(api());
    ledger = Households.create(owner, "Nhà mình");
    household = RichAccount.fill(owner.in(ledger));
    stopRulesIn(ledger);
  }

  /** Every read a member may make of the ledger: resources, lists, reports, export, backup. */
  private List<String> reads() {
    return List.of(
        "/api/v1/wallets",
        "/api/v1/wallets/" + household.cash(),
        "/api/v1/categories",
        "/api/v1/categories/" + household.food(),
        "/api/v1/tags",
        "/api/v1/tags/" + household.trip(),
        "/api/v1/transactions",
        "/api/v1/transactions/review",
        "/api/v1/budgets",
        "/api/v1/goals",
        "/api/v1/goals/" + household.goal(),
        "/api/v1/recurring-transactions",
        "/api/v1/rules",
        "/api/v1/exchange-rates",
        "/api/v1/reports/summary?from=2026-11-01&to=2026-11-30",
        "/api/v1/reports/cash-flow?from=2026-11-01&to=2026-11-30",
        "/api/v1/reports/categories?from=2026-11-01&to=2026-11-30&type=EXPENSE",
        "/api/v1/reports/net-worth?from=2026-11-01&to=2026-11-30",
        "/api/v1/reports/tags?from=2026-11-01&to=2026-11-30",
        "/api/v1/transactions/export?format=csv");
  }

  /** Writes of every kind, each of which would change the ledger. */
  private List<Function<UserClient, Api.Response>> writes() {
    return List.of(
        c -> c.post("/api/v1/wallets", Map.of("name", "X", "currency", "VND")),
        c -> c.delete("/api/v1/wallets/" + household.cash()),
        c -> c.post("/api/v1/transactions", expense(household.cash(), "1000")),
        c -> c.post("/api/v1/categories", Map.of("name", "X", "type", "EXPENSE")),
        c -> c.put("/api/v1/tags/" + household.trip(), Map.of("name", "x")),
        c -> c.delete("/api/v1/goals/" + household.goal()),
        c ->
            c.post(
                "/api/v1/budgets", Map.of("period", "YEARLY", "amount", "1000", "currency", "VND")),
        c -> c.post("/api/v1/rules", Map.of("name", "x")),
        c -> c.post("/api/v1/backup/restore", Map.of()));
  }

  private String state() {
    return owner.in(ledger).get("/api/v1/transactions?limit=200").text()
        + owner.in(ledger).get("/api/v1/wallets").text()
        + owner.in(ledger).get("/api/v1/categories?limit=200").text()
        + owner.in(ledger).get("/api/v1/goals").text()
        + owner.in(ledger).get("/api/v1/budgets").text();
  }

  @Test
  void aStrangerFindsNothingOfASharedLedgerExactlyAsForAMissingOne() {
    UserClient stranger = new UserClient(api());
    String before = state();
    for (UserClient as : List.of(stranger.in(ledger), stranger.in(UUID.randomUUID().toString()))) {
      for (String path : reads()) {
        Api.Response response = as.get(path);
        assertThat(response.status()).as(path + " " + response.text()).isEqualTo(404);
        assertThat(response.json().get("code").asString()).isEqualTo("not-found");
      }
      assertThat(as.get("/api/v1/backup").status()).isEqualTo(404);
      for (Function<UserClient, Api.Response> write : writes()) {
        Api.Response response = write.apply(as);
        assertThat(response.status()).as(response.text()).isEqualTo(404);
      }
    }
    assertThat(stranger.get("/api/v1/ledgers/" + ledger + "/members").status()).isEqualTo(404);
    assertThat(state()).isEqualTo(before);
  }

  @Test
  void aViewerReadsEverythingAndEveryWriteIsForbidden() {
    UserClient viewer = new UserClient(api());
    Households.join(owner, ledger, viewer, "VIEWER");
    String before = state();
    for (String path : reads()) {
      Api.Response response = viewer.in(ledger).get(path);
      assertThat(response.status()).as(path + " " + response.text()).isEqualTo(200);
    }
    assertThat(viewer.in(ledger).get("/api/v1/wallets/" + household.cash()).text())
        .isEqualTo(owner.in(ledger).get("/api/v1/wallets/" + household.cash()).text());
    for (Function<UserClient, Api.Response> write : writes()) {
      Api.Response response = write.apply(viewer.in(ledger));
      assertThat(response.status()).as(response.text()).isEqualTo(403);
      assertThat(response.contentType()).startsWith("application/problem+json");
      assertThat(response.json().get("code").asString()).isIn("read-only-ledger", "owners-only");
    }
    assertThat(viewer.in(ledger).get("/api/v1/backup").json().get("code").asString())
        .isEqualTo("owners-only");
    assertThat(state()).isEqualTo(before);
  }

  @Test
  void anEditorRecordsUnderTheirNameButManagesNothing() {
    UserClient editor = new UserClient(api());
    Households.join(owner, ledger, editor, "EDITOR");
    Api.Response recorded =
        editor.in(ledger).post("/api/v1/transactions", expense(household.cash(), "1000"));
    assertThat(recorded.status()).as(recorded.text()).isEqualTo(201);
    assertThat(recorded.json().get("createdBy").asString()).isEqualTo(editor.id().toString());
    String id = recorded.json().get("id").asString();
    Api.Response edited =
        owner
            .in(ledger)
            .put(
                "/api/v1/transactions/" + id, with(expense(household.cash(), "2000"), "note", "x"));
    assertThat(edited.status()).as(edited.text()).isEqualTo(200);
    assertThat(edited.json().get("createdBy").asString()).isEqualTo(editor.id().toString());
    assertThat(edited.json().get("updatedBy").asString()).isEqualTo(owner.id().toString());
    Api.Response byEditor = owner.in(ledger).get("/api/v1/transactions?createdBy=" + editor.id());
    assertThat(byEditor.json().get("items").valueStream().map(t -> t.get("id").asString()))
        .containsExactly(id);

    String stranger = "someone-" + UUID.randomUUID() + "@example.com";
    List<Api.Response> managing =
        List.of(
            editor.post(
                "/api/v1/ledgers/" + ledger + "/invitations",
                Map.of("email", stranger, "role", "VIEWER")),
            editor.put(
                "/api/v1/ledgers/" + ledger + "/members/" + editor.id() + "/role",
                Map.of("role", "OWNER")),
            editor.delete("/api/v1/ledgers/" + ledger + "/members/" + owner.id()),
            editor.delete("/api/v1/ledgers/" + ledger),
            editor.in(ledger).get("/api/v1/backup"));
    for (Api.Response response : managing) {
      assertThat(response.status()).as(response.text()).isEqualTo(403);
      assertThat(response.json().get("code").asString()).isEqualTo("owners-only");
    }
    assertThat(owner.get("/api/v1/ledgers/" + ledger + "/members").json().get("items").size())
        .isEqualTo(2);
  }

  @Test
  void everyRecordSaysWhoCreatedItAndWhoChangedItLast() {
    UserClient editor = new UserClient(api());
    Households.join(owner, ledger, editor, "EDITOR");
    String editorId = editor.id().toString();
    UserClient asEditor = editor.in(ledger);
    List<String> made =
        List.of(
            asEditor
                .create("/api/v1/wallets", Map.of("name", "Tiền chợ", "currency", "VND"))
                .get("id")
                .asString(),
            asEditor
                .create("/api/v1/categories", Map.of("name", "Chợ", "type", "EXPENSE"))
                .get("id")
                .asString(),
            asEditor.create("/api/v1/tags", Map.of("name", "chung")).get("id").asString(),
            asEditor
                .create(
                    "/api/v1/goals",
                    Map.of("name", "Tủ lạnh", "targetAmount", "9000000", "currency", "VND"))
                .get("id")
                .asString(),
            asEditor
                .create(
                    "/api/v1/budgets",
                    Map.of("period", "YEARLY", "amount", "1000", "currency", "VND"))
                .get("id")
                .asString());
    List<String> kinds = List.of("wallets", "categories", "tags", "goals", "budgets");
    for (int i = 0; i < kinds.size(); i++) {
      JsonNode read = owner.in(ledger).get("/api/v1/" + kinds.get(i) + "/" + made.get(i)).json();
      JsonNode record = read.has("budget") ? read.get("budget") : read;
      assertThat(record.get("createdBy").asString()).as(kinds.get(i)).isEqualTo(editorId);
    }
    Api.Response renamed =
        owner.in(ledger).put("/api/v1/tags/" + made.get(2), Map.of("name", "chung cả nhà"));
    assertThat(renamed.json().get("createdBy").asString()).isEqualTo(editorId);
    assertThat(renamed.json().get("updatedBy").asString()).isEqualTo(owner.id().toString());
    assertThat(owner.get("/api/v1/wallets").text()).doesNotContain(editorId);
  }

  @Test
  void aRemovedMembersNextRequestAndReplayAreRefused() {
    UserClient editor = new UserClient(api());
    Households.join(owner, ledger, editor, "EDITOR");
    Map<String, String> key = Map.of("Idempotency-Key", "k-" + UUID.randomUUID());
    Api.Response first =
        editor.in(ledger).post("/api/v1/transactions", expense(household.cash(), "500"), key);
    assertThat(first.status()).isEqualTo(201);
    assertThat(owner.delete("/api/v1/ledgers/" + ledger + "/members/" + editor.id()).status())
        .isEqualTo(204);
    String before = state();
    assertThat(editor.in(ledger).get("/api/v1/wallets").status()).isEqualTo(404);
    Api.Response replay =
        editor.in(ledger).post("/api/v1/transactions", expense(household.cash(), "500"), key);
    assertThat(replay.status()).isEqualTo(404);
    assertThat(editor.get("/api/v1/ledgers").json().get("items").size()).isEqualTo(1);
    assertThat(state()).isEqualTo(before);
  }

  @Test
  void membersSeeNothingOfEachOthersOwnLedgers() {
    UserClient member = new UserClient(api());
    Households.join(owner, ledger, member, "EDITOR");
    String ownersWallet = owner.wallet("VND", "5000");
    owner.record(with(expense(ownersWallet, "100"), "note", "private"));
    String ownersOwn = owner.id().toString();
    UserClient prying = member.in(ledger);
    assertThat(prying.get("/api/v1/wallets/" + ownersWallet).status()).isEqualTo(404);
    assertThat(prying.get("/api/v1/wallets").text()).doesNotContain(ownersWallet);
    assertThat(prying.get("/api/v1/transactions?limit=200").text()).doesNotContain("private");
    assertThat(member.in(ownersOwn).get("/api/v1/wallets").status()).isEqualTo(404);
    assertThat(member.in(ownersOwn).get("/api/v1/transactions/export?format=csv").status())
        .isEqualTo(404);
    assertThat(member.get("/api/v1/wallets").text()).doesNotContain(ownersWallet);
    assertThat(member.get("/api/v1/notifications?limit=200").text()).doesNotContain("private");
  }

  @Test
  void theApiDocumentNamesTheLedgerHeaderWhereARequestActsOnALedger() {
    JsonNode paths = api().get("/v3/api-docs", null).json().get("paths");
    assertThat(paths.get("/api/v1/wallets").get("get").get("parameters").toString())
        .contains("SpendWise-Ledger");
    assertThat(String.valueOf(paths.get("/api/v1/me").get("get").get("parameters")))
        .doesNotContain("SpendWise-Ledger");
  }

  @Test
  void idempotencyKeysBelongToThePersonAndTheLedger() {
    UserClient member = new UserClient(api());
    Households.join(owner, ledger, member, "EDITOR");
    String own = owner.wallet("VND", "0");
    Map<String, String> key = Map.of("Idempotency-Key", "same-" + UUID.randomUUID());
    Api.Response personal = owner.post("/api/v1/transactions", expense(own, "700"), key);
    Api.Response shared =
        owner.in(ledger).post("/api/v1/transactions", expense(household.cash(), "700"), key);
    Api.Response byMember =
        member.in(ledger).post("/api/v1/transactions", expense(household.cash(), "700"), key);
    Api.Response replay =
        owner.in(ledger).post("/api/v1/transactions", expense(household.cash(), "700"), key);
    assertThat(List.of(personal.status(), shared.status(), byMember.status()))
        .containsExactly(201, 201, 201);
    assertThat(
            List.of(personal, shared, byMember).stream()
                .map(r -> r.json().get("id").asString())
                .distinct())
        .hasSize(3);
    assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(replay.json().get("id").asString()).isEqualTo(shared.json().get("id").asString());
  }
}
