package com.spendwise.ui;

import static com.spendwise.support.UserClient.income;
import static com.spendwise.support.UserClient.with;
import static org.assertj.core.api.Assertions.assertThat;

import com.spendwise.shared.PageRequest;
import com.spendwise.support.Browser;
import com.spendwise.support.UserClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The transactions pages: add (by keyboard, without JavaScript, double-clicked), edit, delete,
 * filter and load more.
 */
class TransactionPagesTest extends PageTest {

  @Test
  void aTransactionIsEditedAndDeletedAndAnotherUserCannotReachIt() throws Exception {
    String editUrl;
    try (Browser browser = Browser.open(1280, "en", true)) {
      register(browser, uniqueEmail());
      createWallet(browser, "Cash", "VND", "1,000,000");
      add(browser, "EXPENSE", "125,000", "Cash (VND)", "Lunch");
      browser.driver.findElement(By.linkText("Lunch")).click();
      editUrl = browser.driver.getCurrentUrl();
      assertThat(editUrl).endsWith("/edit");
      WebElement amount = browser.driver.findElement(By.id("amount"));
      assertThat(amount.getDomProperty("value"))
          .as("written as English writes it")
          .isEqualTo("125,000");
      amount.clear();
      amount.sendKeys("150,000");
      browser.screenshot("transaction-edit");
      browser.assertAccessible();
      browser.submit(By.cssSelector("main form button[type=submit]"));
      assertThat(text(browser)).contains("−₫150,000").doesNotContain("125,000");
      browser.driver.get(url("/"));
      assertThat(text(browser)).contains("₫850,000");

      browser.driver.get(editUrl);
      browser.driver.findElement(By.linkText("Delete")).click();
      assertThat(text(browser)).contains("Delete this transaction?", "Lunch");
      browser.assertAccessible();
      browser.screenshot("transaction-delete");
      browser.submit(By.cssSelector("main form button[type=submit]"));
      assertThat(text(browser)).contains("No transactions yet.");
      browser.driver.get(url("/"));
      assertThat(text(browser)).contains("₫1,000,000");
    }
    try (Browser stranger = Browser.open(1280, "vi", true)) {
      register(stranger, uniqueEmail());
      stranger.driver.get(editUrl.replace("/edit", "/delete"));
      assertThat(text(stranger)).contains("Không tìm thấy");
      stranger.assertAccessible();
      stranger.screenshot("not-found");
      Cookie session = stranger.driver.manage().getCookieNamed("SPENDWISE_SESSION");
      HttpResponse<String> page =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(editUrl))
                      .header("Cookie", "SPENDWISE_SESSION=" + session.getValue())
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(page.statusCode()).isEqualTo(404);
    }
  }

  @Test
  void theListFiltersByTextTypeAndDate() {
    try (Browser browser = Browser.open(1280, "en", true)) {
      register(browser, uniqueEmail());
      createWallet(browser, "Cash", "VND", "0");
      add(browser, "INCOME", "500,000", "Cash (VND)", "Pocket money");
      add(browser, "EXPENSE", "30,000", "Cash (VND)", "Coffee beans");
      add(browser, "EXPENSE", "45,000", "Cash (VND)", "Bus ticket");

      browser.driver.get(url("/transactions?q=coffee"));
      assertThat(text(browser))
          .contains("Coffee beans")
          .doesNotContain("Bus ticket", "Pocket money");
      browser.driver.get(url("/transactions?type=EXPENSE"));
      assertThat(text(browser))
          .contains("Coffee beans", "Bus ticket")
          .doesNotContain("Pocket money");
      browser.driver.get(url("/transactions?from=2000-01-01&to=2000-12-31"));
      assertThat(text(browser)).contains("No transactions match these filters.");
      browser.driver.get(url("/transactions?from=2001-01-01&to=2000-01-01"));
      assertThat(browser.driver.findElement(By.id("from-error")).getText())
          .contains("Check the dates");
      browser.assertAccessible();
      browser.screenshot("transactions-filtered");
    }
  }

  @Test
  void loadMoreAppendsTheNextPageWithJavaScriptAndOpensItWithout() {
    UserClient user = new UserClient(api());
    String wallet = user.wallet("VND", "0");
    List<Map<String, Object>> items = new ArrayList<>();
    for (int i = 1; i <= PageRequest.DEFAULT_LIMIT + 5; i++) {
      items.add(with(income(wallet, "1000"), "note", "Tip %02d".formatted(i)));
    }
    assertThat(user.post("/api/v1/transactions/batch", Map.of("items", items)).status())
        .isEqualTo(201);
    By rows = By.cssSelector("#entries > li.entry");

    try (Browser browser = Browser.open(1280, "en", true)) {
      signIn(browser, user.email());
      browser.driver.get(url("/transactions"));
      assertThat(browser.driver.findElements(rows)).hasSize(PageRequest.DEFAULT_LIMIT);
      String address = browser.driver.getCurrentUrl();
      browser.driver.findElement(By.linkText("Load more")).click();
      new WebDriverWait(browser.driver, Duration.ofSeconds(10))
          .until(driver -> driver.findElements(rows).size() == PageRequest.DEFAULT_LIMIT + 5);
      assertThat(browser.driver.getCurrentUrl()).isEqualTo(address);
      assertThat(browser.driver.findElements(By.linkText("Load more"))).isEmpty();
      assertThat(text(browser)).contains("Tip 01", "Tip 55");
      browser.assertAccessible();
      browser.screenshot("transactions-loaded-more");
    }
    try (Browser browser = Browser.open(1280, "en", false)) {
      signIn(browser, user.email());
      browser.driver.get(url("/transactions"));
      browser.driver.findElement(By.linkText("Load more")).click();
      assertThat(browser.driver.getCurrentUrl()).contains("cursor=");
      assertThat(browser.driver.findElements(rows)).hasSize(5);
    }
  }

  @Test
  void aTransactionIsAddedWithTheKeyboardAloneWithFocusAlwaysVisible() {
    try (Browser browser = Browser.open(1280, "en", true)) {
      register(browser, uniqueEmail());
      createWallet(browser, "Cash", "VND", "100,000");
      browser.driver.get(url("/transactions/new"));
      Actions keyboard = new Actions(browser.driver);
      keyboard.sendKeys("45,000").perform();
      for (int presses = 0; presses < 25; presses++) {
        keyboard.sendKeys(Keys.TAB).perform();
        WebElement focused = browser.driver.switchTo().activeElement();
        assertThat(focused.getCssValue("outline-style"))
            .as("focus on %s is visible", focused.getAttribute("outerHTML"))
            .isEqualTo("solid");
        if ("walletId".equals(focused.getAttribute("id"))) {
          keyboard.sendKeys("Cash").perform();
        }
        if ("note".equals(focused.getAttribute("id"))) {
          break;
        }
      }
      assertThat(browser.driver.switchTo().activeElement().getAttribute("id")).isEqualTo("note");
      keyboard.sendKeys("Keyboard lunch").perform();
      browser.screenshot("transaction-form-keyboard");
      String before = browser.driver.getCurrentUrl();
      keyboard.sendKeys(Keys.ENTER).perform();
      new WebDriverWait(browser.driver, Duration.ofSeconds(10))
          .until(driver -> !driver.getCurrentUrl().equals(before));
      assertThat(text(browser)).contains("Keyboard lunch", "−₫45,000");
    }
  }

  @Test
  void aDoubleClickOnSaveRecordsOneTransaction() {
    try (Browser browser = Browser.open(1280, "en", true)) {
      register(browser, uniqueEmail());
      createWallet(browser, "Cash", "VND", "100,000");
      browser.driver.get(url("/transactions/new"));
      fill(browser, "EXPENSE", "12,000", "Cash (VND)", "Double-clicked coffee");
      WebElement save = browser.driver.findElement(By.cssSelector("main form button[type=submit]"));
      new Actions(browser.driver).doubleClick(save).perform();
      new WebDriverWait(browser.driver, Duration.ofSeconds(10))
          .until(driver -> driver.getCurrentUrl().endsWith("/transactions"));

      assertThat(browser.driver.findElements(By.linkText("Double-clicked coffee"))).hasSize(1);
      browser.driver.get(url("/"));
      assertThat(text(browser)).contains("₫88,000");
    }
  }

  @Test
  void theAddFormWorksWithoutJavaScript() {
    String email = uniqueEmail();
    try (Browser browser = Browser.open(1280, "en", false)) {
      register(browser, email);
      createWallet(browser, "Cash", "VND", "500,000");
      add(browser, "EXPENSE", "20,000", "Cash (VND)", "Coffee without JavaScript");
      assertThat(text(browser)).contains("Coffee without JavaScript");
      browser.driver.get(url("/"));
      assertThat(text(browser)).contains("₫480,000");
    }
  }
}
