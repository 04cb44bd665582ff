package com.spendwise.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.spendwise.support.ApiTest;
import com.spendwise.support.PageClient;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The reports and exchange rates pages over real HTTP: the tables beneath the charts (what a page
 * without JavaScript shows) carry the right totals, per currency and converted.
 */
class ReportPagesTest extends ApiTest {

  @AfterEach
  void realTime() {
    clock.set(Instant.now());
  }

  private UUID wallet(String email, String name) {
    return jdbc.sql(
            "SELECT w.id FROM wallets w JOIN users u ON u.id = w.user_id"
                + " WHERE u.email = ? AND w.name = ?")
        .params(email, name)
        .query(UUID.class)
        .single();
  }

  private static Map<String, Object> entry(
      String type, UUID wallet, String amount, String date, String note) {
    Map<String, Object> form = new LinkedHashMap<>();
    form.put("type", type);
    form.put("amount", amount);
    form.put("walletId", wallet);
    form.put("date", date);
    form.put("note", note);
    form.put("key", UUID.randomUUID());
    return form;
  }

  @Test
  void theTablesShowEachCurrencysTotalsAndTheConvertedOnes() {
    clock.set(Instant.parse("2026-11-20T03:00:00Z"));
    String email = uniqueEmail();
    PageClient page = new PageClient(port, "en").register(email, "a long enough password");
    page.post("/wallets", Map.of("name", "Cash", "currency", "VND", "openingBalance", "1,000,000"));
    page.post("/wallets", Map.of("name", "Travel", "currency", "USD", "openingBalance", "100.00"));
    UUID cash = wallet(email, "Cash");
    UUID travel = wallet(email, "Travel");
    for (Map<String, Object> e :
        new Map[] {
          entry("INCOME", cash, "15,000,000", "2026-10-25", "Salary"),
          entry("EXPENSE", cash, "2,400,000", "2026-11-03", "Rent"),
          entry("EXPENSE", cash, "600,000", "2026-11-10", "Food"),
          entry("EXPENSE", travel, "40.50", "2026-11-12", "Hotel")
        }) {
      HttpResponse<String> saved = page.post("/transactions", e);
      assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
    }

    Map<String, Object> transfer = entry("TRANSFER", cash, "2,600,000", "2026-11-15", "Dollars");
    transfer.put("targetWalletId", travel);
    transfer.put("targetAmount", "100.00");
    assertThat(page.post("/transactions", transfer).statusCode()).isEqualTo(302);
    String november =
        page.get("/transactions?walletId=" + cash + "&from=2026-11-01&to=2026-11-30").body();
    assertThat(november)
        .as("what left and what arrived; the filtered list's count and totals")
        .contains("₫2,600,000 → $100.00")
        .contains("3 transactions match")
        .contains("−₫3,000,000");

    String vnd = page.get("/reports?from=2026-10-01&to=2026-11-20&currency=VND").body();
    assertThat(vnd)
        .contains("Money in and out each month (VND)")
        .contains("<th scope=\"row\">October 2026</th>")
        .contains("₫15,000,000")
        .contains("₫3,000,000")
        .contains("+₫12,000,000")
        .contains("id=\"chart-data\"")
        .contains("\"income\":[\"15000000\",\"0\"]");
    String usd = page.get("/reports?from=2026-10-01&to=2026-11-20&currency=USD").body();
    assertThat(usd).contains("Money in and out each month (USD)").contains("$40.50");

    HttpResponse<String> rate =
        page.post(
            "/rates",
            Map.of("base", "USD", "quote", "VND", "rate", "25,000", "date", "2026-01-01"));
    assertThat(rate.statusCode()).as(rate.body()).isEqualTo(302);
    assertThat(page.get("/rates").body())
        .contains("Saved: 1 USD = 25,000 VND.")
        .contains("25,000 VND");

    String converted =
        page.get("/reports?from=2026-10-01&to=2026-11-20&currency=VND&convertTo=VND").body();
    // 40.50 USD at 25,000 is 1,012,500 VND: November's expense is 3,000,000 + 1,012,500.
    assertThat(converted).contains("₫4,012,500").doesNotContain("No exchange rate from");
  }

  @Test
  void aRangeThatEndsBeforeItStartsIsShownNextToTheField() {
    PageClient page = new PageClient(port, "vi").register(uniqueEmail(), "a long enough password");
    HttpResponse<String> refused = page.get("/reports?from=2026-11-20&to=2026-11-01");
    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(refused.body()).contains("error-summary").contains("aria-invalid=\"true\"");
  }
}
