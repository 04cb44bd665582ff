package com.spendwise.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.spendwise.support.Browser;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A person starts: registers, records money and sees every balance, in both languages and at both
 * widths; pages need a session and a CSRF token.
 */
class FirstStepsPageTest extends PageTest {

  @Test
  void aPersonRegistersRecordsMoneyAndSeesEveryBalance() {
    String email = uniqueEmail();
    try (Browser browser = Browser.open(1280, "en", true)) {
      register(browser, email);
      assertThat(text(browser)).contains("No wallets yet.");
      browser.assertAccessible();
      browser.screenshot("dashboard-empty");

      createWallet(browser, "Cash", "VND", "1,000,000");
      createWallet(browser, "Travel", "USD", "100.00");
      browser.assertAccessible();
      browser.screenshot("wallets");

      add(browser, "EXPENSE", "125,000", "Cash (VND)", "Lunch");
      assertThat(browser.driver.getCurrentUrl()).as(text(browser)).isEqualTo(url("/transactions"));
      add(browser, "INCOME", "15,000,000", "Cash (VND)", "Salary");
      browser.driver.get(url("/transactions/new"));
      fill(browser, "TRANSFER", "254,000", "Cash (VND)", "To travel money");
      new Select(browser.driver.findElement(By.id("targetWalletId")))
          .selectByVisibleText("Travel (USD)");
      browser.driver.findElement(By.id("targetAmount")).sendKeys("10.00");
      browser.screenshot("transaction-form");
      browser.assertAccessible();
      browser.submit(By.cssSelector("main form button[type=submit]"));

      assertThat(text(browser)).contains("Lunch", "Salary", "Cash → Travel", "−₫125,000");
      browser.assertAccessible();
      browser.screenshot("transactions");

      browser.driver.get(url("/"));
      String dashboard = text(browser);
      assertThat(dashboard).contains("₫15,621,000", "$110.00", "Total VND", "₫15,000,000");
      assertThat(browser.driver.findElement(By.cssSelector("table.month-table")).getText())
          .as("this month's income, expense and net")
          .contains("₫15,000,000", "₫125,000", "+₫14,875,000");
      browser.assertAccessible();
      browser.screenshot("dashboard");

      // A rule of the ledger, shown next to the field: VND has no decimals.
      add(browser, "EXPENSE", "12.5", "Cash (VND)", null);
      WebElement error = browser.driver.findElement(By.id("amount-error"));
      assertThat(error.getText()).contains("VND amounts have no decimals");
      assertThat(browser.driver.findElement(By.id("amount")).getAttribute("aria-invalid"))
          .isEqualTo("true");
      browser.screenshot("transaction-form-error");

      signOut(browser);
      assertThat(browser.driver.getCurrentUrl()).contains("/signin");
      browser.assertAccessible();
      browser.screenshot("signin");
      browser.driver.findElement(By.id("email")).sendKeys(email);
      browser.driver.findElement(By.id("password")).sendKeys(PASSWORD);
      browser.submit(By.cssSelector("form button[type=submit]"));
      assertThat(text(browser)).contains("₫15,621,000");
    }
    try (Browser phone = Browser.open(375, "en", true)) {
      lookAround(phone, email);
    }

    try (Browser stranger = Browser.open(1280, "en", true)) {
      register(stranger, uniqueEmail());
      assertThat(text(stranger)).contains("No wallets yet.").doesNotContain("Cash");
    }
  }

  @Test
  void vietnameseAtPhoneWidthReadsVietnameseAmounts() {
    String email = uniqueEmail();
    try (Browser browser = Browser.open(375, "vi", true)) {
      register(browser, email);
      browser.screenshot("dashboard-empty");
      createWallet(browser, "Tiền mặt", "VND", "1.875.000");
      add(browser, "EXPENSE", "125.000", "Tiền mặt (VND)", "Ăn trưa");
      assertThat(text(browser)).contains("Ăn trưa", "125.000 ₫");
      browser.assertNoSidewaysScroll();
      browser.assertAccessible();
      browser.screenshot("transactions");
      browser.driver.get(url("/"));
      assertThat(text(browser)).contains("Tổng quan", "1.750.000 ₫", "Tháng này");
      browser.assertNoSidewaysScroll();
      browser.assertAccessible();
      browser.screenshot("dashboard");
      browser.driver.get(url("/transactions/new"));
      browser.assertNoSidewaysScroll();
      browser.screenshot("transaction-form");
      browser.driver.get(url("/wallets"));
      browser.assertNoSidewaysScroll();
      browser.screenshot("wallets");
      browser.driver.findElement(By.cssSelector("details.menu summary")).click();
      browser.screenshot("menu-open");
      browser.driver.get(url("/profile"));
      browser.driver.findElement(By.id("displayName")).sendKeys("Lan");
      new Select(browser.driver.findElement(By.id("timeZone"))).selectByValue("Asia/Ho_Chi_Minh");
      browser.submit(By.cssSelector("main form button[type=submit]"));
      assertThat(text(browser)).contains("Hồ sơ của bạn đã được lưu.");
      assertThat(browser.driver.findElement(By.id("displayName")).getDomProperty("value"))
          .isEqualTo("Lan");
      browser.assertAccessible();
      browser.screenshot("profile-saved");
      browser.driver.get(url("/categories"));
      assertThat(text(browser)).as("a Vietnamese browser's defaults").contains("Ăn uống", "Lương");
    }
    try (Browser desktop = Browser.open(1280, "vi", true)) {
      lookAround(desktop, email);
      signOut(desktop);
      desktop.screenshot("signin");
    }
  }

  @Test
  void theLanguageFollowsTheProfileOnEveryDevice() {
    String email = uniqueEmail();
    try (Browser laptop = Browser.open(1280, "en", true);
        Browser phone = Browser.open(375, "en", true)) {
      register(laptop, email);
      laptop.driver.get(url("/profile"));
      new Select(laptop.driver.findElement(By.id("language"))).selectByValue("vi");
      laptop.submit(By.cssSelector("main form button[type=submit]"));
      assertThat(text(laptop)).contains("Hồ sơ của bạn đã được lưu.", "Ngôn ngữ");
      laptop.assertAccessible();
      laptop.screenshot("profile-switched-to-vietnamese");

      phone.driver.get(url("/signin"));
      assertThat(text(phone)).contains("Sign in");
      signIn(phone, email);
      assertThat(text(phone)).contains("Tháng này");

      // The language links change the profile too: the laptop follows the phone.
      phone.driver.findElement(By.cssSelector("details.menu summary")).click();
      phone.driver.findElement(By.cssSelector("details.menu a[hreflang=en]")).click();
      assertThat(text(phone)).contains("This month");
      laptop.driver.get(url("/"));
      assertThat(text(laptop)).contains("This month");
    }
  }

  @Test
  void aWrongCsrfTokenIsRefusedAndPagesNeedASession() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    HttpResponse<String> anonymous =
        http.send(
            HttpRequest.newBuilder(URI.create(url("/"))).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(anonymous.statusCode()).isEqualTo(302);
    assertThat(anonymous.headers().firstValue("Location").orElse("")).endsWith("/signin");

    try (Browser browser = Browser.open(1280, "en", true)) {
      register(browser, uniqueEmail());
      Cookie session = browser.driver.manage().getCookieNamed("SPENDWISE_SESSION");
      assertThat(session.isHttpOnly()).isTrue();
      assertThat(session.getSameSite()).isEqualTo("Lax");
      HttpResponse<String> forged =
          http.send(
              HttpRequest.newBuilder(URI.create(url("/wallets")))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .header("Cookie", "SPENDWISE_SESSION=" + session.getValue())
                  .POST(HttpRequest.BodyPublishers.ofString("name=Forged&currency=VND&_csrf=wrong"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(forged.statusCode()).isEqualTo(403);
      browser.driver.get(url("/wallets"));
      assertThat(text(browser)).doesNotContain("Forged");

      HttpResponse<String> page =
          http.send(
              HttpRequest.newBuilder(URI.create(url("/")))
                  .header("Cookie", "SPENDWISE_SESSION=" + session.getValue())
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.headers().firstValue("Content-Security-Policy").orElse(""))
          .contains("script-src 'self'", "frame-ancestors 'none'");
      assertThat(page.headers().allValues("Cache-Control")).anyMatch(v -> v.contains("no-store"));
      // A page session is no API credential.
      HttpResponse<String> api =
          http.send(
              HttpRequest.newBuilder(URI.create(url("/api/v1/me")))
                  .header("Cookie", "SPENDWISE_SESSION=" + session.getValue())
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(api.statusCode()).isEqualTo(401);
    }
  }
}
