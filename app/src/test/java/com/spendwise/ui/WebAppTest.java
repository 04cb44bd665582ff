package com.spendwise.ui;

import static com.spendwise.support.UserClient.income;
import static com.spendwise.support.UserClient.with;
import static org.assertj.core.api.Assertions.assertThat;

import com.spendwise.exchange.ImportJobs;
import com.spendwise.shared.PageRequest;
import com.spendwise.support.ApiTest;
import com.spendwise.support.Browser;
import com.spendwise.support.Statements;
import com.spendwise.support.UserClient;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The web app in a real headless Chromium: a person registers, creates wallets, records money and
 * sees it, in English and Vietnamese, at phone and desktop widths, with and without JavaScript.
 * Screenshots land in target/screenshots; axe-core checks every page visited.
 */
class WebAppTest extends ApiTest {

  @Autowired ImportJobs jobs;

  /** The password of every test account, also those registered through the API. */
  private static final String PASSWORD = "a long enough password";

  @BeforeAll
  static void chromium() {
    Browser.require();
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }

  private void register(Browser browser, String email) {
    credentials(browser, "/register", email);
  }

  private void signIn(Browser browser, String email) {
    credentials(browser, "/signin", email);
  }

  /** Fills in the sign-in or registration form and lands on the dashboard. */
  private void credentials(Browser browser, String page, String email) {
    browser.driver.get(url(page));
    browser.driver.findElement(By.id("email")).sendKeys(email);
    browser.driver.findElement(By.id("password")).sendKeys(PASSWORD);
    browser.submit(By.cssSelector("main form button[type=submit]"));
    assertThat(browser.driver.getCurrentUrl()).isEqualTo(url("/"));
  }

  /** The main pages of a signed-in person at another width or language, saved and checked. */
  private void lookAround(Browser browser, String email) {
    signIn(browser, email);
    for (String page :
        List.of(
            "/",
            "/transactions",
            "/wallets",
            "/categories",
            "/tags",
            "/transactions/new",
            "/profile")) {
      browser.driver.get(url(page));
      browser.assertNoSidewaysScroll();
      browser.assertAccessible();
      browser.screenshot(page.equals("/") ? "dashboard" : page.substring(1).replace('/', '-'));
    }
  }

  private void createWallet(Browser browser, String name, String currency, String opening) {
    browser.driver.get(url("/wallets"));
    browser.driver.findElement(By.id("name")).sendKeys(name);
    new Select(browser.driver.findElement(By.id("currency"))).selectByValue(currency);
    browser.driver.findElement(By.id("openingBalance")).sendKeys(opening);
    browser.submit(By.cssSelector("main form button[type=submit]"));
    assertThat(browser.driver.findElement(By.tagName("table")).getText()).contains(name);
  }

  private void add(Browser browser, String type, String amount, String wallet, String note) {
    browser.driver.get(url("/transactions/new"));
    fill(browser, type, amount, wallet, note);
    browser.submit(By.cssSelector("main form button[type=submit]"));
  }

  private static void fill(
      Browser browser, String type, String amount, String wallet, String note) {
    browser.driver.findElement(By.cssSelector("input[name=type][value=" + type + "]")).click();
    browser.driver.findElement(By.id("amount")).sendKeys(amount);
    new Select(browser.driver.findElement(By.id("walletId"))).selectByVisibleText(wallet);
    if (note != null) {
      browser.driver.findElement(By.id("note")).sendKeys(note);
    }
  }

  private String text(Browser browser) {
    return browser.driver.findElement(By.tagName("main")).getText();
  }

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
      assertThat(browser.driver.findElement(By.cssSelector("dl.figures")).getText())
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

      browser.submit(By.cssSelector("form[action$='/signout'] button"));
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
      desktop.submit(By.cssSelector("nav.wide form[action$='/signout'] button"));
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
      assertThat(amount.getDomProperty("value")).isEqualTo("125000");
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

  /** Types a name into a page's one name field, saves, and returns the page's text. */
  private String saveName(Browser browser, String name) {
    WebElement field = browser.driver.findElement(By.id("name"));
    field.clear();
    field.sendKeys(name);
    browser.submit(By.cssSelector("form:has(#name) button[type=submit]"));
    return text(browser);
  }

  private String filterByTag(Browser browser, String tag) {
    WebElement filters = browser.driver.findElement(By.cssSelector("details.filters"));
    if (filters.getDomAttribute("open") == null) {
      filters.findElement(By.tagName("summary")).click();
    }
    new Select(browser.driver.findElement(By.id("tagId"))).selectByVisibleText(tag);
    browser.submit(By.cssSelector("details.filters button[type=submit]"));
    return text(browser);
  }

  private void clickThrough(Browser browser, String listPage, String link) {
    browser.driver.get(url(listPage));
    browser.driver.findElement(By.linkText(link)).click();
  }

  @Test
  void walletsCategoriesAndTagsAreManagedWithTheLedgersRules() {
    try (Browser browser = Browser.open(1280, "en", true)) {
      register(browser, uniqueEmail());
      createWallet(browser, "Cash", "VND", "1,000,000");

      browser.driver.get(url("/tags"));
      assertThat(text(browser)).contains("No tags yet.");
      saveName(browser, "trip");
      saveName(browser, "work");
      assertThat(saveName(browser, "TRIP")).contains("You already use this name.");
      browser.assertAccessible();
      browser.screenshot("tags");

      browser.driver.get(url("/categories"));
      assertThat(saveName(browser, "Street food")).contains("Street food", "Food & Drinks");
      assertThat(saveName(browser, "Street food")).contains("You already use this name.");
      browser.assertAccessible();
      browser.screenshot("categories");

      browser.driver.get(url("/transactions/new"));
      fill(browser, "EXPENSE", "50,000", "Cash (VND)", "Banh mi");
      new Select(browser.driver.findElement(By.id("categoryId")))
          .selectByVisibleText("Street food · Expense");
      browser.driver.findElement(By.xpath("//label[span='trip']/input")).click();
      browser.submit(By.cssSelector("main form button[type=submit]"));
      browser.driver.findElement(By.linkText("Banh mi")).click();
      assertThat(browser.driver.findElement(By.xpath("//label[span='trip']/input")).isSelected())
          .as("editing keeps the tags")
          .isTrue();

      browser.driver.get(url("/transactions"));
      assertThat(filterByTag(browser, "work"))
          .contains("No transactions match")
          .doesNotContain("Banh mi");
      assertThat(filterByTag(browser, "trip")).contains("Banh mi");

      // A category in use goes only with a replacement of its type, chosen on its page.
      clickThrough(browser, "/categories", "Street food");
      browser.submit(By.cssSelector("form[action$='/delete'] button"));
      assertThat(browser.driver.findElement(By.id("replacementId-error")).getText())
          .contains("This category is in use.");
      browser.assertAccessible();
      browser.screenshot("category-in-use");
      new Select(browser.driver.findElement(By.id("replacementId")))
          .selectByVisibleText("Food & Drinks");
      browser.submit(By.cssSelector("form[action$='/delete'] button"));
      assertThat(text(browser)).doesNotContain("Street food");
      browser.driver.get(url("/transactions"));
      browser.driver.findElement(By.linkText("Banh mi")).click();
      assertThat(
              new Select(browser.driver.findElement(By.id("categoryId")))
                  .getFirstSelectedOption()
                  .getText())
          .startsWith("Food & Drinks");

      clickThrough(browser, "/tags", "trip");
      assertThat(saveName(browser, "travel")).contains("travel").doesNotContain("trip");
      clickThrough(browser, "/tags", "travel");
      browser.submit(By.cssSelector("form[action$='/delete'] button"));
      assertThat(text(browser)).contains("work").doesNotContain("travel");
      browser.driver.get(url("/transactions"));
      assertThat(text(browser)).contains("Banh mi");

      // A wallet with history cannot be deleted, only archived; a stale form changes nothing.
      clickThrough(browser, "/wallets", "Cash");
      browser.submit(By.cssSelector("form[action$='/delete'] button"));
      assertThat(browser.driver.findElement(By.id("delete-error")).getText())
          .contains("Archive it instead");
      browser.assertAccessible();
      browser.screenshot("wallet");
      ((JavascriptExecutor) browser.driver)
          .executeScript(
              "document.querySelector('form:has(#name) input[name=version]').value = '0'");
      assertThat(saveName(browser, "Pocket")).contains("This changed since you opened the page");
      browser.driver.get(browser.driver.getCurrentUrl());
      browser.driver.findElement(By.cssSelector("input[name=archived]")).click();
      String wallets = saveName(browser, "Pocket");
      assertThat(wallets).contains("Pocket (archived)", "₫950,000").doesNotContain("Cash");
      browser.driver.get(url("/transactions/new"));
      assertThat(browser.driver.findElements(By.id("walletId"))).isEmpty();
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
    By rows = By.cssSelector("#entries > li");

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

  /** A test resource as a file the browser can upload. */
  private static String resourceFile(String name) {
    try {
      Path copy = Files.createTempFile("statement-", "-" + name);
      try (InputStream in = WebAppTest.class.getResourceAsStream("/imports/" + name)) {
        Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
      }
      copy.toFile().deleteOnExit();
      return copy.toAbsolutePath().toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void uploadStatement(Browser browser, String wallet, String file) {
    browser.driver.get(url("/import"));
    new Select(browser.driver.findElement(By.id("walletId"))).selectByVisibleText(wallet);
    browser.driver.findElement(By.id("file")).sendKeys(resourceFile(file));
    browser.submit(By.cssSelector("main form button[type=submit]"));
  }

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
