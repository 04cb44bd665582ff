package com.spendwise.recurring;

import static org.assertj.core.api.Assertions.assertThat;

import com.spendwise.support.Api;
import com.spendwise.support.ApiTest;
import com.spendwise.support.UserClient;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class RecurringTest extends ApiTest {

  static final String PATH = "/api/v1/recurring-transactions";

  @Autowired RecurringService scheduler;

  @BeforeEach
  void today() {
    clock.set(Instant.parse("2026-11-20T12:00:00Z"));
  }

  @AfterEach
  void pauseEverything() {
    // The scheduler serves every user; rules left active would run in later tests' time travel.
    jdbc.sql("UPDATE recurring_transactions SET is_active = FALSE").update();
    clock.set(Instant.now());
  }

  static Map<String, Object> rule(String type, String wallet, String interval, String start) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", type);
    body.put("walletId", wallet);
    body.put("amount", "100");
    body.put("note", "rent");
    body.put("interval", interval);
    body.put("startDate", start);
    return body;
  }

  static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
    Map<String, Object> copy = new LinkedHashMap<>(body);
    copy.put(key, value);
    return copy;
  }

  private void advanceDays(UserClient user, int days) {
    clock.advance(Duration.ofDays(days));
    user.signIn();
  }

  private static List<JsonNode> entries(UserClient user) {
    return user.get("/api/v1/transactions?limit=200").json().get("items").valueStream().toList();
  }

  private static List<String> dates(UserClient user) {
    return entries(user).stream().map(e -> e.get("date").asString()).sorted().toList();
  }

  @Test
  void dueOccurrencesBecomeTransactionsOnTheirOwnDatesAndTheRuleMovesOn() {
    UserClient user = new UserClient(api());
    String wallet = user.wallet("USD", "1000");
    String category = user.category("EXPENSE");
    JsonNode created =
        user.create(
            PATH, with(rule("EXPENSE", wallet, "MONTHLY", "2026-09-30"), "categoryId", category));
    String id = created.get("id").asString();

    scheduler.runDue();
    scheduler.runDue();

    assertThat(created.get("nextDate").asString()).isEqualTo("2026-09-30");
    assertThat(dates(user)).containsExactly("2026-09-30", "2026-10-30");
    assertThat(entries(user))
        .allSatisfy(
            e -> {
              assertThat(e.get("recurringTransactionId").asString()).isEqualTo(id);
              assertThat(e.get("categoryId").asString()).isEqualTo(category);
              assertThat(e.get("note").asString()).isEqualTo("rent");
            });
    assertThat(user.balance(wallet)).isEqualTo("800.00");
    assertThat(user.get(PATH + "/" + id).json().get("nextDate").asString()).isEqualTo("2026-11-30");
    List<JsonNode> executed = user.notifications("RECURRING_EXECUTED");
    assertThat(executed)
        .extracting(n -> n.get("message").asString())
        .as("newest first: one run's notices in the order they were sent")
        .containsExactly(
            "Recorded your recurring expense of 100.00 (rent) for 2026-10-30.",
            "Recorded your recurring expense of 100.00 (rent) for 2026-09-30.");
    assertThat(executed.get(0).get("link").asString()).startsWith("/api/v1/transactions/");

    advanceDays(user, 10);
    scheduler.runDue();
    assertThat(dates(user)).containsExactly("2026-09-30", "2026-10-30", "2026-11-30");
  }

  @Test
  void dueMeansTodayInTheUsersTimeZone() {
    // 12:00 UTC on 20 November is already 21 November in Kiribati (UTC+14), not yet in Samoa's
    // neighbour American Samoa (UTC-11), where it is 01:00 on the 20th.
    UserClient east = new UserClient(api());
    east.timeZone("Pacific/Kiritimati");
    UserClient west = new UserClient(api());
    west.timeZone("Pacific/Pago_Pago");
    east.create(PATH, rule("INCOME", east.wallet("USD", "0"), "DAILY", "2026-11-21"));
    west.create(PATH, rule("INCOME", west.wallet("USD", "0"), "DAILY", "2026-11-21"));

    scheduler.runDue();

    assertThat(dates(east)).containsExactly("2026-11-21");
    assertThat(dates(west)).isEmpty();
  }

  @Test
  void anEndDateStopsTheRule() {
    UserClient user = new UserClient(api());
    String wallet = user.wallet("USD", "0");
    String id =
        user.create(
                PATH, with(rule("INCOME", wallet, "DAILY", "2026-11-01"), "endDate", "2026-11-05"))
            .get("id")
            .asString();

    scheduler.runDue();

    assertThat(dates(user))
        .containsExactly("2026-11-01", "2026-11-02", "2026-11-03", "2026-11-04", "2026-11-05");
    assertThat(user.get(PATH + "/" + id).json().get("active").asBoolean()).isFalse();
    assertThat(user.balance(wallet)).isEqualTo("500.00");
  }

  @Test
  void badRulesAreRefusedAndNothingIsWritten() {
    UserClient user = new UserClient(api());
    UserClient other = new UserClient(api());
    String wallet = user.wallet("USD", "0");
    String archived = user.wallet("USD", "0");
    user.put(
        "/api/v1/wallets/" + archived,
        Map.of("name", "Old", "currency", "USD", "openingBalance", "0", "archived", true));

    Api.Response shape =
        user.post(
            PATH,
            Map.of(
                "type",
                "TRANSFER",
                "amount",
                "-1",
                "every",
                0,
                "startDate",
                "2026-11-10",
                "endDate",
                "2026-11-01"));
    Api.Response decimals =
        user.post(PATH, with(rule("EXPENSE", wallet, "DAILY", "2026-11-20"), "amount", "1.001"));
    Api.Response mismatch =
        user.post(
            PATH,
            with(
                rule("EXPENSE", wallet, "DAILY", "2026-11-20"),
                "categoryId",
                user.category("INCOME")));
    Api.Response othersWallet =
        user.post(PATH, rule("EXPENSE", other.wallet("USD", "0"), "DAILY", "2026-11-20"));
    Api.Response archivedWallet = user.post(PATH, rule("EXPENSE", archived, "DAILY", "2026-11-20"));

    assertThat(shape.status()).isEqualTo(400);
    assertThat(UserClient.fields(shape))
        .containsExactlyInAnyOrder("type", "walletId", "amount", "interval", "every", "endDate");
    assertThat(UserClient.fields(decimals)).containsExactly("amount");
    assertThat(UserClient.fields(mismatch)).containsExactly("categoryId");
    assertThat(othersWallet.status()).isEqualTo(404);
    assertThat(archivedWallet.status()).isEqualTo(409);
    assertThat(user.get(PATH).json().get("items").size()).isZero();
  }

  @Test
  void runNowRecordsTheNextOccurrenceOnceAndSkipNextSkipsOne() {
    UserClient user = new UserClient(api());
    String wallet = user.wallet("USD", "1000");
    String id =
        user.create(PATH, rule("EXPENSE", wallet, "MONTHLY", "2026-12-15")).get("id").asString();
    Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());

    Api.Response ran = user.post(PATH + "/" + id + "/run-now", null, key);
    Api.Response replay = user.post(PATH + "/" + id + "/run-now", null, key);
    Api.Response skipped = user.post(PATH + "/" + id + "/skip-next", null);

    assertThat(ran.status()).as(ran.text()).isEqualTo(201);
    assertThat(ran.json().get("date").asString()).isEqualTo("2026-11-20");
    assertThat(ran.header("Location"))
        .isEqualTo("/api/v1/transactions/" + ran.json().get("transactionId").asString());
    assertThat(replay.text()).isEqualTo(ran.text());
    assertThat(ran.json().get("rule").get("nextDate").asString()).isEqualTo("2027-01-15");
    assertThat(skipped.status()).isEqualTo(200);
    assertThat(skipped.json().get("nextDate").asString()).isEqualTo("2027-02-15");

    advanceDays(user, 90);
    scheduler.runDue();
    assertThat(dates(user)).containsExactly("2026-11-20", "2027-02-15");
    assertThat(user.balance(wallet)).isEqualTo("800.00");
  }

  @Test
  void aPausedRuleRecordsNothingAndResumingStartsFromToday() {
    UserClient user = new UserClient(api());
    String wallet = user.wallet("USD", "0");
    Map<String, Object> body = rule("INCOME", wallet, "DAILY", "2026-11-20");
    String id = user.create(PATH, with(body, "active", false)).get("id").asString();

    advanceDays(user, 5);
    scheduler.runDue();
    Api.Response runPaused = user.post(PATH + "/" + id + "/run-now", null);
    Api.Response resumed = user.put(PATH + "/" + id, body);
    scheduler.runDue();

    assertThat(runPaused.status()).isEqualTo(409);
    assertThat(resumed.json().get("nextDate").asString()).isEqualTo("2026-11-25");
    assertThat(dates(user)).containsExactly("2026-11-25");
  }

  @Test
  void aRuleThatCannotRecordIsPausedAndReportedWhileOthersCarryOn() {
    UserClient user = new UserClient(api());
    String good = user.wallet("USD", "0");
    String archived = user.wallet("USD", "0");
    String deleted = user.wallet("USD", "0");
    String ok = user.create(PATH, rule("INCOME", good, "DAILY", "2026-11-18")).get("id").asString();
    String blocked =
        user.create(PATH, rule("INCOME", archived, "DAILY", "2026-11-18")).get("id").asString();
    String orphan =
        user.create(PATH, rule("INCOME", deleted, "DAILY", "2026-11-18")).get("id").asString();
    user.put(
        "/api/v1/wallets/" + archived,
        Map.of("name", "Old", "currency", "USD", "openingBalance", "0", "archived", true));
    assertThat(user.delete("/api/v1/wallets/" + deleted).status()).isEqualTo(204);

    scheduler.runDue();
    advanceDays(user, 1);
    scheduler.runDue();

    assertThat(dates(user)).containsExactly("2026-11-18", "2026-11-19", "2026-11-20", "2026-11-21");
    assertThat(user.get(PATH + "/" + ok).json().get("active").asBoolean()).isTrue();
    assertThat(user.get(PATH + "/" + blocked).json().get("active").asBoolean()).isFalse();
    JsonNode orphaned = user.get(PATH + "/" + orphan).json();
    assertThat(orphaned.get("active").asBoolean()).isFalse();
    assertThat(orphaned.get("walletId").isNull()).isTrue();
    List<JsonNode> failures = user.notifications("RECURRING_FAILED");
    assertThat(failures).hasSize(2);
    assertThat(failures)
        .extracting(n -> n.get("link").asString())
        .containsExactlyInAnyOrder(PATH + "/" + blocked, PATH + "/" + orphan);
    assertThat(failures)
        .extracting(n -> n.get("message").asString())
        .anySatisfy(m -> assertThat(m).contains("archived"))
        .anySatisfy(m -> assertThat(m).contains("wallet was deleted"));
    assertThat(user.balance(archived)).isEqualTo("0.00");
  }

  @Test
  void occurrencesCountTowardsBudgets() {
    UserClient user = new UserClient(api());
    String wallet = user.wallet("USD", "1000");
    user.create(
        "/api/v1/budgets",
        Map.of("period", "MONTHLY", "amount", "250", "currency", "USD", "startDate", "2026-11-01"));
    user.create(PATH, rule("EXPENSE", wallet, "WEEKLY", "2026-11-01"));

    scheduler.runDue();

    assertThat(dates(user)).containsExactly("2026-11-01", "2026-11-08", "2026-11-15");
    assertThat(user.notifications("BUDGET_EXCEEDED")).hasSize(1);
  }

  @Test
  void deletingARuleKeepsItsTransactions() {
    UserClient user = new UserClient(api());
    String wallet = user.wallet("USD", "0");
    String id =
        user.create(PATH, rule("INCOME", wallet, "DAILY", "2026-11-20")).get("id").asString();
    scheduler.runDue();

    Api.Response deleted = user.delete(PATH + "/" + id);

    assertThat(deleted.status()).isEqualTo(204);
    assertThat(user.get(PATH + "/" + id).status()).isEqualTo(404);
    List<JsonNode> kept = entries(user);
    assertThat(kept).hasSize(1);
    assertThat(kept.get(0).get("recurringTransactionId").isNull()).isTrue();
    assertThat(user.balance(wallet)).isEqualTo("100.00");
  }

  @Test
  void aRuleWhoseWalletChangedCurrencyUnderItIsPausedNotRounded() {
    UserClient user = new UserClient(api());
    String wallet = user.wallet("USD", "0");
    String id =
        user.create(PATH, with(rule("INCOME", wallet, "DAILY", "2026-11-20"), "amount", "10.50"))
            .get("id")
            .asString();
    // The wallet has no transactions yet, so its currency may still change: VND has no decimals.
    user.put(
        "/api/v1/wallets/" + wallet,
        Map.of("name", "Cash", "currency", "VND", "openingBalance", "0", "archived", false));

    scheduler.runDue();

    assertThat(entries(user)).isEmpty();
    assertThat(user.get(PATH + "/" + id).json().get("active").asBoolean()).isFalse();
    List<JsonNode> failures = user.notifications("RECURRING_FAILED");
    assertThat(failures).hasSize(1);
    assertThat(failures.get(0).get("message").asString()).contains("VND", "decimal");
    assertThat(user.balance(wallet)).isEqualTo("0");
  }
}
