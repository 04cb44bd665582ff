package com.spendwise.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.spendwise.support.ApiTest;
import com.spendwise.support.Browser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * What the web app's browser tests share: a real headless Chromium per test (screenshots in
 * target/screenshots, axe-core on every page visited), and the steps a person repeats (register,
 * sign in, create a wallet, add a transaction, upload a statement).
 */
abstract class PageTest extends ApiTest {

  /** The password of every test account, also those registered through the API. */
  protected static final String PASSWORD = "a long enough password";

  @BeforeAll
  static void chromium() {
    Browser.require();
  }

  protected String url(String path) {
    return "http://localhost:" + port + path;
  }

  protected void register(Browser browser, String email) {
    credentials(browser, "/register", email);
  }

  protected void signIn(Browser browser, String email) {
    credentials(browser, "/signin", email);
  }

  /** Fills in the sign-in or registration form and lands on the dashboard. */
  protected void credentials(Browser browser, String page, String email) {
    browser.driver.get(url(page));
    browser.driver.findElement(By.id("email")).sendKeys(email);
    browser.driver.findElement(By.id("password")).sendKeys(PASSWORD);
    browser.submit(By.cssSelector("main form button[type=submit]"));
    assertThat(browser.driver.getCurrentUrl()).isEqualTo(url("/"));
  }

  /** The main pages of a signed-in person at another width or language, saved and checked. */
  protected void lookAround(Browser browser, String email) {
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

  /** Signs out from the header: behind "More" on a wide screen, behind "Menu" on a phone. */
  protected static void signOut(Browser browser) {
    By wide = By.cssSelector("nav.wide details.more");
    boolean isWide = browser.driver.findElement(wide).isDisplayed();
    String details = isWide ? "nav.wide details.more" : "details.menu";
    browser.driver.findElement(By.cssSelector(details + " > summary")).click();
    browser.submit(By.cssSelector(details + " form[action$='/signout'] button"));
  }

  protected void createWallet(Browser browser, String name, String currency, String opening) {
    browser.driver.get(url("/wallets"));
    browser.driver.findElement(By.id("name")).sendKeys(name);
    new Select(browser.driver.findElement(By.id("currency"))).selectByValue(currency);
    browser.driver.findElement(By.id("openingBalance")).sendKeys(opening);
    browser.submit(By.cssSelector("main form button[type=submit]"));
    assertThat(browser.driver.findElement(By.tagName("table")).getText()).contains(name);
  }

  protected void add(Browser browser, String type, String amount, String wallet, String note) {
    browser.driver.get(url("/transactions/new"));
    fill(browser, type, amount, wallet, note);
    browser.submit(By.cssSelector("main form button[type=submit]"));
  }

  protected static void fill(
      Browser browser, String type, String amount, String wallet, String note) {
    browser.driver.findElement(By.cssSelector("input[name=type][value=" + type + "]")).click();
    browser.driver.findElement(By.id("amount")).sendKeys(amount);
    new Select(browser.driver.findElement(By.id("walletId"))).selectByVisibleText(wallet);
    if (note != null) {
      browser.driver.findElement(By.id("note")).sendKeys(note);
    }
  }

  protected String text(Browser browser) {
    return browser.driver.findElement(By.tagName("main")).getText();
  }

  /** A test resource as a file the browser can upload. */
  protected static String resourceFile(String name) {
    try {
      Path copy = Files.createTempFile("statement-", "-" + name);
      try (InputStream in = PageTest.class.getResourceAsStream("/imports/" + name)) {
        Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
      }
      copy.toFile().deleteOnExit();
      return copy.toAbsolutePath().toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  protected void uploadStatement(Browser browser, String wallet, String file) {
    browser.driver.get(url("/import"));
    new Select(browser.driver.findElement(By.id("walletId"))).selectByVisibleText(wallet);
    browser.driver.findElement(By.id("file")).sendKeys(resourceFile(file));
    browser.submit(By.cssSelector("main form button[type=submit]"));
  }

  protected void clickThrough(Browser browser, String listPage, String link) {
    browser.driver.get(url(listPage));
    browser.driver.findElement(By.linkText(link)).click();
  }
}
