package com.spendwise.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.spendwise.support.ApiTest;
import com.spendwise.support.PageClient;
import com.spendwise.support.StatementCounter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The dashboard reads what it shows in a bounded number of statements, however many budgets, goals,
 * rules and transactions there are: the plans come in one summary call, not one query per widget or
 * per item. The target is five; today it is thirteen (each module reads its own tables:
 * wallets twice, the month's flows in three, budgets with their spending in two, goals, rules, the
 * unread count, category names, the latest entries, the profile once). The bound below is today's
 * figure, so that a widget that starts querying per item fails here.
 */
class DashboardStatementsTest extends ApiTest {

  private final List<String> emails = new ArrayList<>();

  @AfterEach
  void stopRules() {
    stopRulesOf(emails);
  }

  @Autowired StatementCounter statements;

  @Test
  void theDashboardsStatementsDoNotGrowWithWhatItShows() {
    String email = uniqueEmail();
    emails.add(email);
    PageClient page = new PageClient(port, "en").register(email, "a long enough password");
    page.post("/wallets", Map.of("name", "Cash", "currency", "VND", "openingBalance", "1,000,000"));
    UUID cash =
        jdbc.sql("SELECT w.id FROM wallets w JOIN users u ON u.id = w.user_id WHERE u.email = ?")
            .param(email)
            .query(UUID.class)
            .single();
    page.post(
        "/budgets",
        Map.of(
            "period",
            "MONTHLY",
            "categoryId",
            "",
            "amount",
            "500,000",
            "currency",
            "VND",
            "startDate",
            "",
            "version",
            ""));
    page.post(
        "/goals",
        Map.of(
            "name",
            "Bike",
            "targetAmount",
            "2,000,000",
            "currency",
            "VND",
            "deadline",
            "",
            "description",
            "",
            "version",
            ""));
    Map<String, Object> rule = new LinkedHashMap<>();
    rule.put("type", "EXPENSE");
    rule.put("amount", "30,000");
    rule.put("walletId", cash);
    rule.put("note", "Coffee");
    rule.put("every", "1");
    rule.put("interval", "WEEKLY");
    page.post("/recurring", rule);
    Map<String, Object> lunch = new LinkedHashMap<>();
    lunch.put("type", "EXPENSE");
    lunch.put("amount", "450,000");
    lunch.put("walletId", cash);
    lunch.put(
        "date",
        jdbc.sql("SELECT (now() AT TIME ZONE timezone)::date::text FROM users WHERE email = ?")
            .param(email)
            .query(String.class)
            .single());
    lunch.put("note", "Lunch");
    lunch.put("key", UUID.randomUUID());
    page.post("/transactions", lunch);

    String dashboard = page.get("/").body();

    assertThat(dashboard).contains("Bike", "Coffee", "Lunch", "90% used: nearly all spent");
    // The session's own bookkeeping (Spring Session's update of its row) is not the page's work.
    List<String> work =
        statements.last("/").stream().filter(sql -> !sql.contains("SPRING_SESSION")).toList();
    // 13 before the review inbox; its count of waiting transactions is one more, and the header's
    // list of the person's shared ledgers (for its ledger menu) one more again.
    assertThat(work).hasSizeLessThanOrEqualTo(15);
  }
}
