package com.spendwise.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.spendwise.support.ApiTest;
import com.spendwise.support.PageClient;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The rules pages and the review inbox over real HTTP, as a person's forms send them: a rule made
 * on the form (with a group), its preview and apply, a refused form, and the inbox's actions.
 */
class RulePagesTest extends ApiTest {

  private PageClient person(String email, String language) {
    PageClient page = new PageClient(port, language).register(email, "a long enough password");
    assertThat(
            page.post("/wallets", Map.of("name", "Cash", "currency", "VND", "openingBalance", "0"))
                .statusCode())
        .isEqualTo(302);
    return page;
  }

  private UUID id(String sql, Object... params) {
    return jdbc.sql(sql).params(params).query(UUID.class).single();
  }

  private void expense(String email, String note, String amount, boolean imported) {
    UUID user = id("SELECT id FROM users WHERE email = ?", email);
    UUID wallet = id("SELECT id FROM wallets WHERE user_id = ?", user);
    jdbc.sql(
            "INSERT INTO transactions (id, user_id, type, amount, source_wallet_id, date, note,"
                + " imported, reviewed) VALUES (?, ?, 'EXPENSE', ?, ?, DATE '2026-11-10', ?, ?, ?)")
        .params(
            UUID.randomUUID(),
            user,
            new java.math.BigDecimal(amount),
            wallet,
            note,
            imported,
            !imported)
        .update();
    jdbc.sql("UPDATE wallets SET balance = balance - ? WHERE id = ?")
        .params(new java.math.BigDecimal(amount), wallet)
        .update();
  }

  @Test
  void aRuleMadeOnTheFormPreviewsAndApplies() {
    String email = "rules-" + UUID.randomUUID() + "@example.com";
    PageClient page = person(email, "en");
    UUID user = id("SELECT id FROM users WHERE email = ?", email);
    UUID food =
        id(
            "SELECT id FROM categories WHERE user_id = ? AND type = 'EXPENSE' ORDER BY name LIMIT 1",
            user);
    expense(email, "Phở Thìn", "150000", false);
    expense(email, "Bún chả", "40000", false);
    expense(email, "Cơm tấm", "150000", false);

    Map<String, Object> form = new LinkedHashMap<>();
    form.put("name", "Big noodles");
    form.put("runsOn", "BOTH");
    form.put("active", "true");
    form.put("match", "ALL");
    form.put("c0.group", "A");
    form.put("c0.kind", "NOTE:CONTAINS");
    form.put("c0.value", "pho");
    form.put("c1.group", "A");
    form.put("c1.kind", "NOTE:CONTAINS");
    form.put("c1.value", "BUN");
    form.put("c2.group", "");
    form.put("c2.kind", "AMOUNT:GREATER");
    form.put("c2.value", "100,000");
    form.put("c3.kind", "");
    form.put("groupA", "ANY");
    form.put("a0.kind", "SET_CATEGORY");
    form.put("a0.category", food.toString());
    HttpResponse<String> saved = page.post("/rules", form);
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
    String location = saved.headers().firstValue("Location").orElseThrow();

    String rule = page.get(location.replaceFirst("^https?://[^/]+", "")).body();
    assertThat(rule)
        .contains("Big noodles", "Note contains “pho”", "Amount is more than 100,000", "Phở Thìn")
        .doesNotContain("Bún chả", "Cơm tấm");

    HttpResponse<String> applied =
        page.post(location.replaceFirst("^https?://[^/]+", "") + "/apply", Map.of());
    assertThat(applied.statusCode()).isEqualTo(302);
    assertThat(page.get(location.replaceFirst("^https?://[^/]+", "")).body())
        .contains("1 transaction changed.");
    assertThat(page.get("/rules").body()).contains("Big noodles", "(Note contains “pho” or");
    assertThat(
            jdbc.sql("SELECT count(*) FROM transactions WHERE user_id = ? AND category_id = ?")
                .params(user, food)
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void aRefusedFormSaysWhyOnTheRowAndSavesNothing() {
    String email = "rules-" + UUID.randomUUID() + "@example.com";
    PageClient page = person(email, "vi");
    Map<String, Object> form = new LinkedHashMap<>();
    form.put("name", "Sai");
    form.put("runsOn", "BOTH");
    form.put("match", "ALL");
    form.put("c0.kind", "NOTE:MATCHES");
    form.put("c0.value", "(unclosed");
    form.put("c1.kind", "AMOUNT:EQUALS");
    form.put("c1.value", "45,000");
    form.put("a0.kind", "SET_NOTE");
    form.put("a0.value", "x");

    HttpResponse<String> refused = page.post("/rules", form);
    form.put("c1.value", "45.000");
    HttpResponse<String> pattern = page.post("/rules", form);

    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(refused.body()).contains("Chỉ nhập tối đa hai chữ số thập phân");
    assertThat(pattern.body()).contains("Đây không phải biểu thức chính quy hợp lệ");
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM rules r JOIN users u ON u.id = r.user_id WHERE u.email = ?")
                .param(email)
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void theReviewInboxConfirmsChangesAndDeletes() {
    String email = "review-" + UUID.randomUUID() + "@example.com";
    PageClient page = person(email, "en");
    UUID user = id("SELECT id FROM users WHERE email = ?", email);
    expense(email, "First", "1000", true);
    expense(email, "Second", "2000", true);
    expense(email, "Third", "3000", true);
    expense(email, "Typed", "4000", false);
    List<UUID> waiting =
        jdbc.sql("SELECT id FROM transactions WHERE user_id = ? AND NOT reviewed ORDER BY note")
            .param(user)
            .query(UUID.class)
            .list();
    UUID first = waiting.get(0);
    UUID second = waiting.get(1);
    UUID third = waiting.get(2);
    UUID transport =
        id(
            "SELECT id FROM categories WHERE user_id = ? AND type = 'EXPENSE' ORDER BY name LIMIT 1",
            user);

    String inbox = page.get("/review").body();
    assertThat(inbox).contains("3 waiting", "First", "Second", "Third").doesNotContain("Typed");
    assertThat(page.get("/").body()).contains("3 imported transactions to review");
    assertThat(page.get("/transactions?reviewed=false").body())
        .contains("First", "Third")
        .doesNotContain("Typed");
    assertThat(page.get("/transactions?reviewed=&q=").statusCode()).isEqualTo(200);

    HttpResponse<String> confirmed =
        page.post("/review/" + first + "/confirm", Map.of("next", third.toString()));
    HttpResponse<String> categorised =
        page.post(
            "/review/" + third + "/category",
            Map.of("categoryId", transport.toString(), "version", "0", "next", ""));
    HttpResponse<String> deleted =
        page.post("/review/" + second + "/delete", Map.of("version", "0", "next", ""));

    assertThat(confirmed.headers().firstValue("Location").orElseThrow())
        .endsWith("/review?focus=" + third);
    assertThat(categorised.statusCode()).isEqualTo(302);
    assertThat(deleted.statusCode()).isEqualTo(302);
    assertThat(page.get("/review").body()).contains("Nothing to review");
    assertThat(
            jdbc.sql("SELECT category_id FROM transactions WHERE id = ?")
                .param(third)
                .query(UUID.class)
                .single())
        .isEqualTo(transport);
    assertThat(
            jdbc.sql("SELECT balance FROM wallets WHERE user_id = ?")
                .param(user)
                .query(java.math.BigDecimal.class)
                .single())
        .isEqualByComparingTo("-8000");
  }

  @Test
  void anotherPersonsRuleOrReviewIsNotFound() {
    PageClient owner = person("owner-" + UUID.randomUUID() + "@example.com", "en");
    PageClient other = person("other-" + UUID.randomUUID() + "@example.com", "en");
    Map<String, Object> form = new LinkedHashMap<>();
    form.put("name", "Mine");
    form.put("runsOn", "BOTH");
    form.put("match", "ALL");
    form.put("c0.kind", "NOTE:CONTAINS");
    form.put("c0.value", "x");
    form.put("a0.kind", "SET_NOTE");
    form.put("a0.value", "y");
    String location = owner.post("/rules", form).headers().firstValue("Location").orElseThrow();
    String path = location.replaceFirst("^https?://[^/]+", "");

    assertThat(other.get(path).statusCode()).isEqualTo(404);
    assertThat(other.post(path + "/apply", Map.of()).statusCode()).isEqualTo(404);
    assertThat(other.post(path + "/delete", Map.of("version", "0")).statusCode()).isEqualTo(404);
    assertThat(owner.get(path).statusCode()).isEqualTo(200);
  }
}
