package com.spendwise.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.spendwise.support.ApiTest;
import com.spendwise.support.PageClient;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The add and edit forms over HTTP as a browser sends them: amounts typed either language's way are
 * recorded as meant or refused with what the page understood, and an edit or delete made from a
 * page opened before another change is refused rather than overwriting it.
 */
class TransactionFormTest extends ApiTest {

  private static final String PASSWORD = "a long enough password";

  private String email;
  private PageClient page;

  private void signUp(String language) {
    email = uniqueEmail();
    page = new PageClient(port, language).register(email, PASSWORD);
  }

  private UUID wallet(String name, String currency) {
    HttpResponse<String> created =
        page.post("/wallets", Map.of("name", name, "currency", currency, "openingBalance", "0"));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
    return jdbc.sql(
            "SELECT w.id FROM wallets w JOIN users u ON u.id = w.user_id"
                + " WHERE u.email = ? AND w.name = ?")
        .params(email, name)
        .query(UUID.class)
        .single();
  }

  private HttpResponse<String> expense(UUID wallet, String amount) {
    Map<String, Object> form = new LinkedHashMap<>();
    form.put("type", "EXPENSE");
    form.put("amount", amount);
    form.put("walletId", wallet);
    form.put("date", "2026-12-01");
    form.put("key", UUID.randomUUID());
    return page.post("/transactions", form);
  }

  private List<BigDecimal> recorded(UUID wallet) {
    return jdbc.sql(
            "SELECT amount FROM transactions WHERE source_wallet_id = ? ORDER BY created_at")
        .param(wallet)
        .query(BigDecimal.class)
        .list();
  }

  /** Records {@code typed} and expects {@code meant}, or expects a refusal saying {@code says}. */
  private void typed(UUID wallet, String typed, String meant, String says) {
    int before = recorded(wallet).size();
    HttpResponse<String> answer = expense(wallet, typed);
    if (meant != null) {
      assertThat(answer.statusCode()).as(typed + ": " + answer.body()).isEqualTo(302);
      List<BigDecimal> after = recorded(wallet);
      assertThat(after).hasSize(before + 1);
      assertThat(after.get(after.size() - 1)).isEqualByComparingTo(meant);
    } else {
      assertThat(answer.statusCode()).as(typed).isEqualTo(200);
      assertThat(answer.body()).as(typed).contains(says);
      assertThat(recorded(wallet)).as(typed + " recorded nothing").hasSize(before);
    }
  }

  @Test
  void englishPagesReadAmountsAsEnglishWritesThemAndRefuseTheVietnameseThousands() {
    signUp("en");
    UUID vnd = wallet("Cash", "VND");
    UUID usd = wallet("Travel", "USD");
    typed(vnd, "45000", "45000", null);
    typed(vnd, "45,000", "45000", null);
    typed(vnd, "45 000", "45000", null);
    typed(vnd, "1,234,567", "1234567", null);
    typed(vnd, "45.000", null, "did you mean ₫45,000?");
    typed(vnd, "1.500", null, "did you mean ₫1,500?");
    typed(vnd, "12.50", null, "VND amounts have no decimals");
    typed(vnd, "1.234.567", null, "Write the amount as in your language");
    typed(vnd, "12,50", null, "Write the amount as in your language");
    typed(usd, "12.50", "12.50", null);
    typed(usd, "45,000", "45000", null);
    typed(usd, "45.000", null, "did you mean $45,000.00?");
    typed(usd, "12.345", null, "did you mean $12,345.00?");
    typed(usd, "1,212.345", null, "USD amounts have at most 2 decimals");
  }

  @Test
  void vietnamesePagesReadAmountsAsVietnameseWritesThemAndRefuseTheEnglishThousands() {
    signUp("vi");
    UUID vnd = wallet("Tiền mặt", "VND");
    UUID usd = wallet("Du lịch", "USD");
    typed(vnd, "45000", "45000", null);
    typed(vnd, "45.000", "45000", null);
    typed(vnd, "45 000", "45000", null);
    typed(vnd, "1.234.567", "1234567", null);
    typed(vnd, "45,000", null, "có phải bạn muốn nhập 45.000\u00a0₫?");
    typed(vnd, "12,50", null, "Số tiền VND không có phần thập phân");
    typed(vnd, "12.50", null, "Hãy viết số tiền theo cách của ngôn ngữ bạn dùng");
    typed(usd, "12,50", "12.50", null);
    typed(usd, "45.000", "45000", null);
    typed(usd, "45,000", null, "có phải bạn muốn nhập 45.000,00\u00a0US$?");
  }

  @Test
  void anOpeningBalanceTypedWithDecimalsTheCurrencyLacksIsRefused() {
    signUp("en");
    HttpResponse<String> refused =
        page.post("/wallets", Map.of("name", "Cash", "currency", "VND", "openingBalance", "2.000"));
    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(refused.body()).contains("did you mean ₫2,000?");
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM wallets w JOIN users u ON u.id = w.user_id WHERE u.email = ?")
                .param(email)
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void anEditFromAStalePageIsRefusedAndShowsTheCurrentValues() {
    signUp("en");
    UUID cash = wallet("Cash", "VND");
    expense(cash, "45,000");
    UUID entry =
        jdbc.sql("SELECT id FROM transactions WHERE source_wallet_id = ?")
            .param(cash)
            .query(UUID.class)
            .single();
    String edit = page.get("/transactions/" + entry + "/edit").body();
    assertThat(edit).contains("name=\"version\" value=\"0\"");

    // Another tab (or the phone) saves first, from the same version.
    Map<String, Object> first = editForm(cash, "50,000", "0");
    assertThat(page.post("/transactions/" + entry, first).statusCode()).isEqualTo(302);

    HttpResponse<String> stale = page.post("/transactions/" + entry, editForm(cash, "60,000", "0"));
    assertThat(stale.statusCode()).isEqualTo(200);
    assertThat(stale.body()).contains("This changed since you opened the page");
    assertThat(stale.body()).contains("value=\"50,000\"").contains("name=\"version\" value=\"1\"");
    assertThat(recorded(cash)).containsExactly(new BigDecimal("50000"));

    HttpResponse<String> staleDelete =
        page.post("/transactions/" + entry + "/delete", Map.of("version", "0"));
    assertThat(staleDelete.statusCode()).isEqualTo(200);
    assertThat(staleDelete.body()).contains("This changed since you opened the page");
    assertThat(recorded(cash)).hasSize(1);

    assertThat(page.post("/transactions/" + entry + "/delete", Map.of("version", "1")).statusCode())
        .isEqualTo(302);
    assertThat(recorded(cash)).isEmpty();
  }

  @Test
  void theListReadsTheApisFilterParametersAndLinksItsExportWithThem() {
    signUp("en");
    UUID cash = wallet("Cash", "VND");
    expense(cash, "45,000");
    HttpResponse<String> filtered = page.get("/transactions?type=EXPENSE&q=&walletId=" + cash);
    assertThat(filtered.statusCode()).isEqualTo(200);
    assertThat(filtered.body())
        .contains("/transactions/export?walletId=" + cash + "&amp;type=EXPENSE\"")
        .contains("−₫45,000");
    HttpResponse<String> unreadable = page.get("/transactions?from=2026-13-45");
    assertThat(unreadable.statusCode()).isEqualTo(200);
    assertThat(unreadable.body()).contains("id=\"from-error\"").doesNotContain("−₫45,000");
  }

  private static Map<String, Object> editForm(UUID wallet, String amount, String version) {
    Map<String, Object> form = new LinkedHashMap<>();
    form.put("type", "EXPENSE");
    form.put("amount", amount);
    form.put("walletId", wallet);
    form.put("date", "2026-12-01");
    form.put("version", version);
    return form;
  }
}
