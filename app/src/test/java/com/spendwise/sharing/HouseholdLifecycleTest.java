package com.spendwise.sharing;

import static com.spendwise.support.UserClient.expense;
import static com.spendwise.support.UserClient.income;
import static org.assertj.core.api.Assertions.assertThat;

import com.spendwise.recurring.RecurringService;
import com.spendwise.support.Api;
import com.spendwise.support.ApiTest;
import com.spendwise.support.Balances;
import com.spendwise.support.Households;
import com.spendwise.support.UserClient;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A household over time: notifications reach every member, contributions are pairs, a storm keeps
 * balances true, backups are per ledger, and leaving or deleting an account never orphans a ledger.
 */
class HouseholdLifecycleTest extends ApiTest {

  @Autowired RecurringService scheduler;

  @Test
  void aSharedLedgersNotificationsReachEveryMemberWithTheirOwnReadState() {
    UserClient owner = new UserClient(api());
    UserClient member = new UserClient(api());
    String ledger = Households.create(owner, "Nhà mình");
    Households.join(owner, ledger, member, "EDITOR");
    String cash = owner.in(ledger).wallet("VND", "1000000");
    owner
        .in(ledger)
        .create(
            "/api/v1/budgets",
            Map.of(
                "period",
                "MONTHLY",
                "amount",
                "100000",
                "currency",
                "VND",
                "startDate",
                "2026-01-01"));
    member.in(ledger).record(expense(cash, "150000"));
    System.out.println(
        "DEBUG "
            + jdbc.sql(
                    "SELECT string_agg(user_id::text || ':' || type || ':' || coalesce(ledger_id::text,'-'), ', ') FROM notifications WHERE user_id IN (?::uuid, ?::uuid, ?::uuid)")
                .params(ledger, owner.id(), member.id())
                .query(String.class)
                .single());
    List<JsonNode> ownersAlerts = owner.notifications("BUDGET_EXCEEDED");
    List<JsonNode> membersAlerts = member.notifications("BUDGET_EXCEEDED");
    assertThat(ownersAlerts).hasSize(1);
    assertThat(membersAlerts).hasSize(1);
    assertThat(ownersAlerts.get(0).get("ledgerId").asString()).isEqualTo(ledger);
    String mine = membersAlerts.get(0).get("id").asString();
    assertThat(member.post("/api/v1/notifications/" + mine + "/read", Map.of()).status())
        .isEqualTo(200);
    assertThat(owner.notifications("BUDGET_EXCEEDED").get(0).get("read").asBoolean()).isFalse();
    UserClient outsider = new UserClient(api());
    assertThat(outsider.notifications("BUDGET_EXCEEDED")).isEmpty();
  }

  @Test
  void aContributionIsAPairWrittenTogetherAndDeletedAsThePersonChooses() {
    UserClient person = new UserClient(api());
    String ledger = Households.create(person, "Nhà mình");
    String mine = person.wallet("VND", "5000000");
    String shared = person.in(ledger).wallet("VND", "0");
    Api.Response made =
        person.post(
            "/api/v1/contributions",
            Map.of(
                "fromWalletId",
                mine,
                "ledgerId",
                ledger,
                "toWalletId",
                shared,
                "amount",
                "2000000",
                "date",
                "2026-11-20",
                "note",
                "Tháng 11"));
    assertThat(made.status()).as(made.text()).isEqualTo(201);
    assertThat(person.balance(mine)).isEqualTo("3000000");
    assertThat(person.in(ledger).balance(shared)).isEqualTo("2000000");
    String expense = made.json().get("expense").get("id").asString();
    String incomeId = made.json().get("income").get("id").asString();

    Api.Response asked = person.delete("/api/v1/transactions/" + expense);
    assertThat(asked.status()).isEqualTo(409);
    assertThat(asked.json().get("code").asString()).isEqualTo("contribution-pair");
    assertThat(person.balance(mine)).isEqualTo("3000000");

    assertThat(
            person.delete("/api/v1/transactions/" + expense + "?contribution=this-side").status())
        .isEqualTo(204);
    assertThat(person.balance(mine)).isEqualTo("5000000");
    JsonNode left = person.in(ledger).get("/api/v1/transactions/" + incomeId).json();
    assertThat(left.get("contributionId").isNull()).isTrue();
    assertThat(person.in(ledger).balance(shared)).isEqualTo("2000000");

    Api.Response second =
        person.post(
            "/api/v1/contributions",
            Map.of(
                "fromWalletId",
                mine,
                "ledgerId",
                ledger,
                "toWalletId",
                shared,
                "amount",
                "1000000",
                "date",
                "2026-11-21"));
    String sharedSide = second.json().get("income").get("id").asString();
    assertThat(
            person
                .in(ledger)
                .delete("/api/v1/transactions/" + sharedSide + "?contribution=both")
                .status())
        .isEqualTo(204);
    assertThat(person.balance(mine)).isEqualTo("5000000");
    assertThat(person.in(ledger).balance(shared)).isEqualTo("2000000");

    UserClient viewer = new UserClient(api());
    Households.join(person, ledger, viewer, "VIEWER");
    String viewersOwn = viewer.wallet("VND", "100");
    Api.Response refused =
        viewer.post(
            "/api/v1/contributions",
            Map.of(
                "fromWalletId",
                viewersOwn,
                "ledgerId",
                ledger,
                "toWalletId",
                shared,
                "amount",
                "100",
                "date",
                "2026-11-21"));
    assertThat(refused.status()).isEqualTo(403);
    assertThat(viewer.balance(viewersOwn)).isEqualTo("100");
  }

  @Test
  void twoMembersAndARecurringRuleWritingAtOnceKeepEveryBalanceTrue() throws Exception {
    UserClient owner = new UserClient(api());
    UserClient member = new UserClient(api());
    String ledger = Households.create(owner, "Nhà mình");
    Households.join(owner, ledger, member, "EDITOR");
    String a = owner.in(ledger).wallet("VND", "0");
    String b = owner.in(ledger).wallet("VND", "0");
    LocalDate today = LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC);
    owner
        .in(ledger)
        .create(
            "/api/v1/recurring-transactions",
            Map.of(
                "type",
                "EXPENSE",
                "walletId",
                a,
                "amount",
                "1000",
                "interval",
                "DAILY",
                "startDate",
                today.minusDays(30).toString()));
    String mineA = owner.wallet("VND", "10000000");
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      List<Future<?>> runs = new ArrayList<>();
      for (UserClient who : List.of(owner, member)) {
        runs.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < 25; i++) {
                    String wallet = i % 2 == 0 ? a : b;
                    Api.Response r =
                        who.in(ledger)
                            .post(
                                "/api/v1/transactions",
                                i % 3 == 0 ? income(wallet, "700") : expense(wallet, "300"));
                    assertThat(r.status()).as(r.text()).isEqualTo(201);
                    if (who == owner && i % 5 == 0) {
                      Api.Response c =
                          owner.post(
                              "/api/v1/contributions",
                              Map.of(
                                  "fromWalletId",
                                  mineA,
                                  "ledgerId",
                                  ledger,
                                  "toWalletId",
                                  b,
                                  "amount",
                                  "500",
                                  "date",
                                  "2026-11-20"));
                      assertThat(c.status()).as(c.text()).isEqualTo(201);
                    }
                  }
                  return null;
                }));
      }
      runs.add(
          pool.submit(
              () -> {
                for (int i = 0; i < 3; i++) {
                  scheduler.runDue();
                }
                return null;
              }));
      for (Future<?> run : runs) {
        run.get();
      }
    } finally {
      pool.shutdown();
      stopRulesIn(ledger);
    }
    assertThat(
            Balances.mismatches(
                jdbc, List.of(UUID.fromString(a), UUID.fromString(b), UUID.fromString(mineA))))
        .isEmpty();
    long byRule =
        jdbc.sql(
                "SELECT count(*) FROM transactions WHERE user_id = ?::uuid"
                    + " AND recurring_transaction_id IS NOT NULL")
            .param(ledger)
            .query(Long.class)
            .single();
    assertThat(byRule).isGreaterThan(0);
    assertThat(
            owner
                .in(ledger)
                .get("/api/v1/transactions?createdBy=" + member.id() + "&limit=100")
                .json()
                .get("items")
                .size())
        .isEqualTo(25);
  }

  @Test
  void backupIsPerLedgerAndForOwners() {
    UserClient owner = new UserClient(api());
    String ledger = Households.create(owner, "Nhà mình");
    String own = owner.wallet("VND", "1");
    String shared = owner.in(ledger).wallet("VND", "2");
    Api.Response backup = owner.in(ledger).get("/api/v1/backup");
    assertThat(backup.status()).isEqualTo(200);
    assertThat(backup.text()).contains(shared).doesNotContain(own);
    assertThat(owner.get("/api/v1/backup").text()).contains(own).doesNotContain(shared);

    owner.in(ledger).record(UserClient.income(shared, "500"));
    String moved = Households.create(owner, "Nhà mới");
    Api.Response restored =
        owner
            .in(moved)
            .post("/api/v1/backup/restore", owner.in(ledger).get("/api/v1/backup").text());
    assertThat(restored.status()).as(restored.text()).isEqualTo(200);
    JsonNode wallets = owner.in(moved).get("/api/v1/wallets").json().get("items");
    assertThat(wallets.size()).isEqualTo(1);
    assertThat(wallets.get(0).get("balance").asString()).isEqualTo("502");
    assertThat(owner.get("/api/v1/ledgers/" + moved).json().get("name").asString())
        .as("a restore does not rename the ledger after the backup's profile")
        .isEqualTo("Nhà mới");
    assertThat(owner.get("/api/v1/wallets").json().get("items").size()).isEqualTo(1);
  }

  @Test
  void theLastOwnerLeavingHandsTheLedgerToAnEditorAndALoneOwnerDeletesIt() {
    UserClient owner = new UserClient(api());
    UserClient viewer = new UserClient(api());
    UserClient editor = new UserClient(api());
    String ledger = Households.create(owner, "Nhà mình");
    Households.join(owner, ledger, viewer, "VIEWER");
    Households.join(owner, ledger, editor, "EDITOR");
    Api.Response lastOwner =
        owner.put(
            "/api/v1/ledgers/" + ledger + "/members/" + owner.id() + "/role",
            Map.of("role", "EDITOR"));
    assertThat(lastOwner.status()).isEqualTo(409);
    assertThat(owner.post("/api/v1/ledgers/" + ledger + "/leave", Map.of()).status())
        .isEqualTo(204);
    assertThat(roleOf(editor, ledger)).isEqualTo("OWNER");
    assertThat(roleOf(viewer, ledger)).isEqualTo("VIEWER");
    assertThat(owner.in(ledger).get("/api/v1/wallets").status()).isEqualTo(404);

    UserClient alone = new UserClient(api());
    String solo = Households.create(alone, "Một mình");
    alone.in(solo).wallet("VND", "5");
    assertThat(alone.post("/api/v1/ledgers/" + solo + "/leave", Map.of()).status()).isEqualTo(204);
    assertThat(
            jdbc.sql("SELECT count(*) FROM users WHERE id = ?::uuid")
                .param(solo)
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void deletingAnAccountHandsItsLedgersOverAndRemovesItsMemberships() {
    UserClient owner = new UserClient(api());
    UserClient viewer = new UserClient(api());
    String ledger = Households.create(owner, "Nhà mình");
    String lonely = Households.create(owner, "Chỉ mình tôi");
    Households.join(owner, ledger, viewer, "VIEWER");
    owner.in(ledger).wallet("VND", "5");
    String ownerId = owner.id().toString();
    Api.Response deleted =
        owner.post(
            "/api/v1/auth/account/deletion",
            Map.of("email", owner.email(), "password", "a long enough password"));
    assertThat(deleted.status()).as(deleted.text()).isEqualTo(204);
    assertThat(roleOf(viewer, ledger)).isEqualTo("OWNER");
    assertThat(viewer.in(ledger).get("/api/v1/wallets").json().get("items").size()).isEqualTo(1);
    assertThat(
            jdbc.sql("SELECT count(*) FROM users WHERE id = ?::uuid")
                .param(lonely)
                .query(Long.class)
                .single())
        .isZero();
    assertThat(
            jdbc.sql("SELECT count(*) FROM ledger_members WHERE user_id = ?::uuid")
                .param(ownerId)
                .query(Long.class)
                .single())
        .isZero();
  }

  private static String roleOf(UserClient person, String ledger) {
    return person.get("/api/v1/ledgers/" + ledger).json().get("role").asString();
  }
}
