package com.spendwise.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import com.spendwise.support.Api;
import com.spendwise.support.ApiTest;
import com.spendwise.support.PageClient;
import com.spendwise.support.UserClient;
import com.spendwise.user.UserId;
import com.spendwise.wallet.WalletId;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * OFX statements as banks write them (files under imports/ofx, written here after the shapes banks
 * publish): SGML 1.0.2, XML 2.x, an XML header over an SGML body, two accounts in one file, a
 * credit card, Quicken's .qfx, and an investment statement, which is refused with a clear message.
 */
class StatementShapesTest extends ApiTest {

  @Autowired Uploads uploads;

  private static byte[] file(String name) {
    try (InputStream in = StatementShapesTest.class.getResourceAsStream("/imports/" + name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Api.Response upload(
      UserClient user, String wallet, String name, Map<String, String> more) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("walletId", wallet);
    fields.put("format", name.endsWith(".qfx") ? "qfx" : "ofx");
    fields.putAll(more);
    return api().upload("/api/v1/imports", user.token(), fields, file(name));
  }

  @Test
  void anXmlHeaderOverAnSgmlBodyIsRead() {
    UserClient user = new UserClient(api());
    String card = user.wallet("AUD", "0");

    Api.Response imported = upload(user, card, "ofx/mixed-xml-header-sgml-body.ofx", Map.of());

    assertThat(imported.status()).as(imported.text()).isEqualTo(201);
    assertThat(imported.json().get("summary").get("recorded").asInt()).isEqualTo(2);
    assertThat(user.balance(card)).isEqualTo("57.50");
  }

  @Test
  void aFileOfSeveralAccountsAsksWhichAndTheWalletRemembersTheChoice() {
    UserClient user = new UserClient(api());
    String checking = user.wallet("USD", "0");
    String savings = user.wallet("USD", "0");

    Api.Response ask = upload(user, checking, "ofx/two-accounts.ofx", Map.of());
    Api.Response unknown =
        upload(user, checking, "ofx/two-accounts.ofx", Map.of("account", "9999"));
    Api.Response first = upload(user, checking, "ofx/two-accounts.ofx", Map.of("account", "1111"));
    Api.Response second = upload(user, savings, "ofx/two-accounts.ofx", Map.of("account", "2222"));
    Api.Response again = upload(user, checking, "ofx/two-accounts.ofx", Map.of("dryRun", "true"));

    assertThat(ask.status()).isEqualTo(400);
    assertThat(UserClient.fieldCodes(ask)).containsExactly("account:choose-account");
    assertThat(ask.text())
        .contains("1111 (USD, 2 transactions)", "2222 (USD, 2 transactions)")
        .doesNotContain("holds no transactions");
    assertThat(UserClient.fieldCodes(unknown)).containsExactly("account:unknown-account");
    assertThat(first.status()).as(first.text()).isEqualTo(201);
    assertThat(first.json().get("summary").get("recorded").asInt()).isEqualTo(2);
    assertThat(second.json().get("summary").get("recorded").asInt()).isEqualTo(2);
    assertThat(user.balance(checking)).isEqualTo("2490.00");
    assertThat(user.balance(savings)).isEqualTo("201.25");
    assertThat(again.status()).as("the wallet's own account, remembered").isEqualTo(200);
    assertThat(again.json().get("rows").get(0).get("status").asString()).isEqualTo("DUPLICATE");
  }

  @Test
  void thePagesAskWhichAccountAndImportIt() {
    String email = uniqueEmail();
    PageClient page = new PageClient(port, "en").register(email, "a long enough password");
    page.post("/wallets", Map.of("name", "Checking", "currency", "USD", "openingBalance", "0"));
    UserId user =
        new UserId(
            jdbc.sql("SELECT id FROM users WHERE email = ?")
                .param(email)
                .query(UUID.class)
                .single());
    UUID wallet =
        jdbc.sql("SELECT id FROM wallets WHERE user_id = ?")
            .param(user.value())
            .query(UUID.class)
            .single();
    UUID upload =
        uploads.keep(user, new WalletId(wallet), "ofx", "two.ofx", file("ofx/two-accounts.ofx"));

    String ask = page.get("/import/" + upload).body();
    String preview = page.get("/import/" + upload + "?account=2222").body();
    HttpResponse<String> done = page.post("/import/" + upload, Map.of("account", "2222"));

    assertThat(ask).contains("Which account goes into Checking?", "1111 · USD · 2 transactions");
    assertThat(preview).contains("Interest", "name=\"account\" value=\"2222\"");
    assertThat(done.statusCode()).isEqualTo(200);
    assertThat(
            jdbc.sql("SELECT balance FROM wallets WHERE id = ?")
                .param(wallet)
                .query(java.math.BigDecimal.class)
                .single())
        .isEqualByComparingTo("201.25");
  }

  @Test
  void quickensQfxIsOfx() {
    UserClient user = new UserClient(api());
    String dollars = user.wallet("USD", "0");

    Api.Response imported = upload(user, dollars, "ofx/quicken.qfx", Map.of());

    assertThat(imported.status()).as(imported.text()).isEqualTo(201);
    assertThat(imported.json().get("summary").get("recorded").asInt()).isEqualTo(2);
  }

  @Test
  void anInvestmentStatementIsRefusedSayingWhy() {
    UserClient user = new UserClient(api());
    String dollars = user.wallet("USD", "0");

    Api.Response refused = upload(user, dollars, "ofx/investment-only.ofx", Map.of());

    assertThat(refused.status()).isBetween(400, 422);
    assertThat(UserClient.fieldCodes(refused)).containsExactly("file:investment-statement");
    assertThat(refused.text()).contains("investment statement");
    assertThat(user.get("/api/v1/transactions").json().get("items").size()).isZero();
  }

  @Test
  void theBanksOwnShapesStillRead() {
    UserClient user = new UserClient(api());
    String dong = user.wallet("VND", "0");
    String dollars = user.wallet("USD", "0");

    assertThat(upload(user, dong, "bank-v1.ofx", Map.of()).status()).isEqualTo(201);
    assertThat(upload(user, dollars, "card-v2.ofx", Map.of()).status()).isEqualTo(201);
  }
}
