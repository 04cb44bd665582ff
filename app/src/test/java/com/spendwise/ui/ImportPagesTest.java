package com.spendwise.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.spendwise.exchange.ImportJobs;
import com.spendwise.support.Browser;
import com.spendwise.support.Statements;
import com.spendwise.support.UserClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A bank statement mapped, previewed and imported on the pages; a large one as a job; at phone
 * width.
 */
class ImportPagesTest extends PageTest {

  @Autowired ImportJobs jobs;

  @Test
  void aBankStatementIsMappedPreviewedAndImportedOnce() {
    try (Browser browser = Browser.open(1280, "vi", true)) {
      register(browser, uniqueEmail());
      createWallet(browser, "Vietcombank", "VND", "10.000.000");

      uploadStatement(browser, "Vietcombank (VND)", "bank-november.csv");
      // The columns are guessed from the Vietnamese header; the person only checks them.
      assertThat(
              new Select(browser.driver.findElement(By.id("debit")))
                  .getFirstSelectedOption()
                  .getText())
          .isEqualTo("Ghi nợ");
      assertThat(
              new Select(browser.driver.findElement(By.id("note")))
                  .getFirstSelectedOption()
                  .getText())
          .isEqualTo("Mô tả");
      browser.assertAccessible();
      browser.screenshot("import-columns");
      browser.submit(By.cssSelector("main form button[type=submit]"));

      assertThat(text(browser))
          .contains("Phở Thìn", "−125.000 ₫", "+15.000.000 ₫", "Nhập 5 giao dịch");
      assertThat(browser.driver.findElements(By.cssSelector("tr[data-status=NEW]"))).hasSize(5);
      browser.assertAccessible();
      browser.driver.findElement(By.id("saveAs")).sendKeys("Vietcombank");
      browser.screenshot("import-preview");
      browser.submit(By.cssSelector("form.import-go button[type=submit]"));

      assertThat(text(browser)).contains("Đã ghi 5 giao dịch vào ví Vietcombank.");
      browser.screenshot("import-done");
      browser.driver.get(url("/"));
      assertThat(text(browser)).contains("23.555.000 ₫");

      // The same file again, read as saved: every row is already there, and the button says so.
      uploadStatement(browser, "Vietcombank (VND)", "bank-november.csv");
      assertThat(
              new Select(browser.driver.findElement(By.id("savedId")))
                  .getFirstSelectedOption()
                  .getText())
          .isEqualTo("Vietcombank");
      browser.submit(By.cssSelector("form.saved-mappings button[type=submit]"));
      assertThat(browser.driver.findElements(By.cssSelector("tr[data-status=DUPLICATE]")))
          .hasSize(5);
      assertThat(
              browser
                  .driver
                  .findElement(By.cssSelector("form.import-go button[type=submit]"))
                  .isEnabled())
          .isFalse();

      // Out again: the list's export is a CSV file with the same rows.
      browser.driver.get(url("/transactions"));
      String export = browser.driver.findElement(By.linkText("Xuất CSV")).getDomProperty("href");
      Cookie session = browser.driver.manage().getCookieNamed("SPENDWISE_SESSION");
      HttpResponse<String> csv =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(export))
                      .header("Cookie", "SPENDWISE_SESSION=" + session.getValue())
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(csv.statusCode()).isEqualTo(200);
      assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
      assertThat(csv.body().lines())
          .hasSize(6)
          .anySatisfy(line -> assertThat(line).contains("Phở Thìn"));

      // And everything as one backup file, from the profile page.
      browser.driver.get(url("/profile"));
      String backup =
          browser.driver.findElement(By.linkText("Tải bản sao lưu")).getDomProperty("href");
      HttpResponse<String> json =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(backup))
                      .header("Cookie", "SPENDWISE_SESSION=" + session.getValue())
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(json.statusCode()).isEqualTo(200);
      assertThat(json.headers().firstValue("Content-Disposition").orElse(""))
          .contains("spendwise-backup-");
      assertThat(json.body()).contains("\"format\":\"spendwise-backup\"", "Phở Thìn");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Test
  void aLargeImportShowsItsProgressAsItRunsThenItsResult() {
    UserClient user = new UserClient(api());
    String bank = user.wallet("VND", "0");
    String job = importJob(user, bank, 5000);
    Instant started = clock.instant();
    try (Browser browser = Browser.open(1280, "vi", true)) {
      signIn(browser, user.email());
      browser.driver.get(url("/import/jobs/" + job));
      assertThat(text(browser)).contains("Đang nhập sao kê", "Đã xử lý 0 trên 5.000 dòng");
      browser.assertAccessible();

      // The page asks again by itself: the worker's progress shows without a reload.
      jobs.workOne(2);
      new WebDriverWait(browser.driver, Duration.ofSeconds(10))
          .until(d -> text(browser).contains("Đã xử lý 2.000 trên 5.000 dòng"));
      browser.screenshot("import-job");
      clock.advance(Duration.ofMinutes(5));
      jobs.work();
      new WebDriverWait(browser.driver, Duration.ofSeconds(10))
          .until(d -> text(browser).contains("Đã ghi 5.000 giao dịch vào ví"));
      browser.assertAccessible();

      // A job the ledger refuses midway says why, and what it recorded before.
      String card = user.wallet("VND", "0");
      String refused = importJob(user, card, 5000);
      jobs.workOne(1);
      user.put(
          "/api/v1/wallets/" + card,
          Map.of("name", "Thẻ", "currency", "VND", "openingBalance", "0", "archived", true));
      clock.advance(Duration.ofMinutes(5));
      jobs.work();
      browser.driver.get(url("/import/jobs/" + refused));
      assertThat(text(browser))
          .contains("Việc nhập đã dừng", "Đã ghi 1.000 giao dịch vào ví Thẻ trước khi dừng");
      browser.assertAccessible();
      browser.screenshot("import-job-failed");
    } finally {
      clock.set(started);
    }
  }

  @Test
  void theImportPagesFitAPhone() {
    try (Browser phone = Browser.open(375, "en", true)) {
      register(phone, uniqueEmail());
      createWallet(phone, "Card", "USD", "100.00");
      phone.driver.get(url("/import"));
      phone.assertNoSidewaysScroll();
      phone.assertAccessible();
      phone.screenshot("import");
      uploadStatement(phone, "Card (USD)", "bank-with-problems.csv");
      phone.submit(By.cssSelector("main form button[type=submit]"));
      // Amounts and dates of a Vietnamese file read with English defaults: every row has a problem.
      assertThat(phone.driver.findElements(By.cssSelector("tr[data-status=INVALID]"))).hasSize(5);
      phone.assertNoSidewaysScroll();
      phone.assertAccessible();
      phone.screenshot("import-preview-problems");
    }
  }

  private String importJob(UserClient user, String wallet, int rows) {
    var response =
        api()
            .upload(
                "/api/v1/imports",
                user.token(),
                Map.of("walletId", wallet, "mapping", Statements.MAPPING),
                Statements.csv(rows));
    assertThat(response.status()).as(response.text()).isEqualTo(202);
    return response.json().get("id").asString();
  }
}
