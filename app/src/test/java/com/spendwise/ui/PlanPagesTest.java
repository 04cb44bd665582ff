package com.spendwise.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.spendwise.recurring.RecurringService;
import com.spendwise.support.ApiTest;
import com.spendwise.support.PageClient;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Budgets, goals, recurring transactions and notifications over real HTTP, as a person's forms send
 * them: what each page shows after each step, and what was recorded.
 */
class PlanPagesTest extends ApiTest {

  private final List<String> emails = new ArrayList<>();

  @AfterEach
  void stopRules() {
    stopRulesOf(emails);
  }

  @Autowired RecurringService recurring;

  private PageClient person(String email, String language) {
    PageClient page = new PageClient(port, language).register(email, "a long enough password");
    assertThat(
            page.post("/wallets", Map.of("name", "Cash", "currency", "VND", "openingBalance", "0"))
                .statusCode())
        .isEqualTo(302);
    return page;
  }

  private UUID wallet(String email) {
    return jdbc.sql("SELECT w.id FROM wallets w JOIN users u ON u.id = w.user_id WHERE u.email = ?")
        .param(email)
        .query(UUID.class)
        .single();
  }

  /** Today where the person is (their profile's time zone). */
  private LocalDate today(String email) {
    String zone =
        jdbc.sql("SELECT timezone FROM users WHERE email = ?")
            .param(email)
            .query(String.class)
            .single();
    return clock.instant().atZone(ZoneId.of(zone)).toLocalDate();
  }

  private static Map<String, Object> expense(UUID wallet, String amount, String note) {
    Map<String, Object> form = new LinkedHashMap<>();
    form.put("type", "EXPENSE");
    form.put("amount", amount);
    form.put("walletId", wallet);
    form.put("date", "");
    form.put("note", note);
    form.put("key", UUID.randomUUID());
    return form;
  }

  @Test
  void aBudgetShowsItsPaceAndTurnsAmberThenRedWithOneNotificationEach() {
    String email = uniqueEmail();
    emails.add(email);
    PageClient page = person(email, "en");
    UUID cash = wallet(email);
    HttpResponse<String> created =
        page.post(
            "/budgets",
            Map.of(
                "period",
                "MONTHLY",
                "categoryId",
                "",
                "amount",
                "1,000,000",
                "currency",
                "VND",
                "startDate",
                "",
                "version",
                ""));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
    assertThat(page.get("/budgets").body())
        .contains("Budget saved: ₫1,000,000.")
        .contains("₫0 spent of ₫1,000,000")
        .contains("0% used")
        .contains("level-OK")
        .contains("a day for the");

    Map<String, Object> lunch = expense(cash, "850,000", "Lunch");
    lunch.put("date", today(email).toString());
    assertThat(page.post("/transactions", lunch).statusCode()).isEqualTo(302);
    String amber = page.get("/budgets").body();
    assertThat(amber).contains("level-WARNING").contains("85% used: nearly all spent");
    assertThat(page.get("/notifications").body())
        .contains("is over 80% used: ₫850,000 spent of ₫1,000,000");

    Map<String, Object> more = expense(cash, "200,000", "Dinner");
    more.put("date", today(email).toString());
    assertThat(page.post("/transactions", more).statusCode()).isEqualTo(302);
    String red = page.get("/budgets").body();
    assertThat(red).contains("level-EXCEEDED").contains("Over by ₫50,000");
    String notes = page.get("/notifications").body();
    assertThat(notes).contains("is used up: ₫1,050,000 spent of ₫1,000,000");
    assertThat(notes.split("class=\"note unread\"", -1)).hasSize(3);
    String bell = page.get("/notifications/bell").body();
    assertThat(bell)
        .as("the bell alone, which htmx swaps in every minute")
        .startsWith("<a id=\"bell\"")
        .contains("<span class=\"count\">2</span>")
        .doesNotContain("<html");
  }

  @Test
  void aGoalReachedTwiceNotifiesOnceAndRefusesTakingOutMoreThanItHolds() {
    String email = uniqueEmail();
    emails.add(email);
    PageClient page = person(email, "vi");
    HttpResponse<String> created =
        page.post(
            "/goals",
            Map.of(
                "name",
                "Đà Lạt",
                "targetAmount",
                "10.000.000",
                "currency",
                "VND",
                "deadline",
                today(email).plusMonths(4).withDayOfMonth(1).toString(),
                "description",
                "",
                "version",
                ""));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
    UUID goal =
        jdbc.sql("SELECT g.id FROM goals g JOIN users u ON u.id = g.user_id WHERE u.email = ?")
            .param(email)
            .query(UUID.class)
            .single();
    String shown = page.get("/goals").body();
    assertThat(shown).contains("mỗi tháng 2.000.000\u00a0₫ để kịp hạn");

    for (String amount : List.of("6.000.000", "5.000.000")) {
      assertThat(
              page.post(
                      "/goals/" + goal + "/contribute", Map.of("amount", amount, "direction", "in"))
                  .statusCode())
          .isEqualTo(302);
    }
    assertThat(page.get("/goals/" + goal).body()).contains("Đã đạt");
    String notes = page.get("/notifications").body();
    assertThat(notes.split("Bạn đã đạt mục tiêu Đà Lạt", -1)).hasSize(2);

    HttpResponse<String> tooMuch =
        page.post(
            "/goals/" + goal + "/contribute", Map.of("amount", "20.000.000", "direction", "out"));
    assertThat(tooMuch.statusCode()).isEqualTo(200);
    assertThat(tooMuch.body())
        .contains("Mục tiêu đang có 11.000.000\u00a0₫; bạn không thể rút nhiều hơn.")
        .contains("aria-invalid=\"true\"");
    assertThat(
            jdbc.sql("SELECT current_amount FROM goals WHERE id = ?")
                .param(goal)
                .query(java.math.BigDecimal.class)
                .single())
        .isEqualByComparingTo("11000000");
  }

  @Test
  void aRuleStartedTenDaysAgoRecordsItsOccurrencesWhenTheSchedulerRuns() {
    String email = uniqueEmail();
    emails.add(email);
    PageClient page = person(email, "en");
    UUID cash = wallet(email);
    Map<String, Object> rule = new LinkedHashMap<>();
    rule.put("type", "EXPENSE");
    rule.put("amount", "50,000");
    rule.put("walletId", cash);
    rule.put("categoryId", "");
    rule.put("note", "Coffee");
    rule.put("every", "1");
    rule.put("interval", "DAILY");
    rule.put("startDate", today(email).minusDays(10).toString());
    rule.put("endDate", "");
    rule.put("version", "");
    HttpResponse<String> created = page.post("/recurring", rule);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
    assertThat(page.get("/recurring").body()).contains("Coffee").contains("every 1 day(s)");

    recurring.runDue();

    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM transactions t JOIN users u ON u.id = t.user_id"
                        + " WHERE u.email = ?")
                .param(email)
                .query(Long.class)
                .single())
        .isEqualTo(11);
    assertThat(page.get("/notifications").body())
        .contains("Recorded your recurring expense ₫50,000 (Coffee) for");
    String upcoming = page.get("/upcoming?days=60").body();
    assertThat(upcoming)
        .contains("The next 60 days, to")
        .contains("Cash after this day: ≈ −₫600,000")
        .contains("≈ Coffee");
  }

  private String version(String page) {
    return page.replaceAll("(?s).*name=\"version\" value=\"(\\d+)\".*", "$1");
  }

  @Test
  void aRulePausedByTheSchedulerSaysWhyAndPausingResumingAndSkippingWorkFromItsPage() {
    String email = uniqueEmail();
    emails.add(email);
    PageClient page = person(email, "en");
    UUID cash = wallet(email);
    Map<String, Object> rule = new LinkedHashMap<>();
    rule.put("type", "EXPENSE");
    rule.put("amount", "120,000");
    rule.put("walletId", cash);
    rule.put("categoryId", "");
    rule.put("note", "Gym");
    rule.put("every", "1");
    rule.put("interval", "MONTHLY");
    rule.put("startDate", today(email).plusDays(3).toString());
    rule.put("endDate", "");
    rule.put("version", "");
    assertThat(page.post("/recurring", rule).statusCode()).isEqualTo(302);
    UUID id =
        jdbc.sql(
                "SELECT r.id FROM recurring_transactions r JOIN users u ON u.id = r.user_id"
                    + " WHERE u.email = ?")
            .param(email)
            .query(UUID.class)
            .single();
    String path = "/recurring/" + id;

    assertThat(
            page.post(path + "/skip", Map.of("version", version(page.get(path).body())))
                .statusCode())
        .isEqualTo(302);
    assertThat(page.get(path).body()).contains("Skipped. Next:");
    assertThat(
            jdbc.sql("SELECT next_date FROM recurring_transactions WHERE id = ?")
                .param(id)
                .query(LocalDate.class)
                .single())
        .isEqualTo(today(email).plusDays(3).plusMonths(1));
    assertThat(
            page.post(path + "/pause", Map.of("version", version(page.get(path).body())))
                .statusCode())
        .isEqualTo(302);
    assertThat(page.get(path).body()).contains("Paused. Nothing is recorded until you resume it.");
    String stale = page.post(path + "/resume", Map.of("version", "0")).body();
    assertThat(stale).contains("This changed since you opened the page");
    assertThat(
            page.post(path + "/resume", Map.of("version", version(page.get(path).body())))
                .statusCode())
        .isEqualTo(302);
    assertThat(page.get(path).body()).contains("Resumed. Next:");

    // The wallet is archived; when the rule falls due, the scheduler pauses it and says why.
    String walletPage = page.get("/wallets/" + cash).body();
    assertThat(
            page.post(
                    "/wallets/" + cash,
                    Map.of("name", "Cash", "archived", "true", "version", version(walletPage)))
                .statusCode())
        .isEqualTo(302);
    jdbc.sql("UPDATE recurring_transactions SET next_date = next_date - 40 WHERE id = ?")
        .param(id)
        .update();
    recurring.runDue();

    assertThat(page.get("/recurring").body())
        .contains("Paused")
        .contains(
            "The wallet Cash is archived: choose another wallet or unarchive it, then resume.");
    assertThat(page.get("/notifications").body())
        .contains("could not be recorded and is paused. The wallet Cash is archived");
  }
}
