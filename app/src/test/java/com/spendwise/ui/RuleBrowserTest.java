package com.spendwise.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.spendwise.support.Browser;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Rules and the review inbox in a real Chromium: a rule created from a suggestion (changed first),
 * previewed and applied; the inbox gone through by keyboard alone. Both languages, both widths,
 * axe-core on each page.
 */
class RuleBrowserTest extends PageTest {

  private void expense(Browser browser, String note, String category) {
    browser.driver.get(url("/transactions/new"));
    fill(browser, "EXPENSE", "50,000", "Cash (VND)", note);
    if (category != null) {
      new Select(browser.driver.findElement(By.id("categoryId")))
          .selectByVisibleText(category + " · Expense");
    }
    browser.submit(By.cssSelector("main form button[type=submit]"));
  }

  /** Statement rows waiting for review, as an import leaves them. */
  private void imported(String email, String... notes) {
    UUID user =
        jdbc.sql("SELECT id FROM users WHERE email = ?").param(email).query(UUID.class).single();
    UUID wallet =
        jdbc.sql("SELECT id FROM wallets WHERE user_id = ?").param(user).query(UUID.class).single();
    int day = 1;
    for (String note : notes) {
      jdbc.sql(
              "INSERT INTO transactions (id, user_id, type, amount, source_wallet_id, date, note,"
                  + " imported, reviewed) VALUES (?, ?, 'EXPENSE', 1000, ?, ?, ?, true, false)")
          .params(UUID.randomUUID(), user, wallet, java.time.LocalDate.of(2026, 11, day++), note)
          .update();
      jdbc.sql("UPDATE wallets SET balance = balance - ? WHERE id = ?")
          .params(BigDecimal.valueOf(1000), wallet)
          .update();
    }
  }

  private void look(Browser browser, String path, String name) {
    browser.driver.get(url(path));
    browser.assertNoSidewaysScroll();
    browser.assertAccessible();
    browser.screenshot(name);
  }

  private String focusedRow(Browser browser) {
    return browser.driver.switchTo().activeElement().getDomAttribute("id");
  }

  @Test
  void aSuggestedRuleIsChangedPreviewedAndAppliedAndTheInboxIsClearedByKeyboard() {
    String email = uniqueEmail();
    try (Browser browser = Browser.open(1280, "en", true)) {
      register(browser, email);
      createWallet(browser, "Cash", "VND", "10,000,000");
      expense(browser, "GRAB*1001 HCM", "Transport");
      expense(browser, "Grab*1002 hcm", "Transport");
      expense(browser, "GRAB*1003 HCM", null);
      expense(browser, "GRAB*1004 HCM", "Transport");

      browser.driver.get(url("/rules"));
      assertThat(text(browser))
          .contains("Always put notes starting with “GRAB” in Transport? You chose it 3 times.");
      browser.assertAccessible();
      browser.screenshot("rules-suggested");

      browser.driver.findElement(By.linkText("Change it first")).click();
      assertThat(browser.driver.findElement(By.id("c0-value")).getDomProperty("value"))
          .isEqualTo("GRAB");
      assertThat(browser.driver.findElement(By.id("c0-value2")).isDisplayed())
          .as("a text condition hides the second value")
          .isFalse();
      WebElement name = browser.driver.findElement(By.id("name"));
      name.clear();
      name.sendKeys("Grab rides");
      new Select(browser.driver.findElement(By.id("a0-kind"))).selectByValue("SET_CATEGORY");
      browser.assertNoSidewaysScroll();
      browser.assertAccessible();
      browser.screenshot("rule-form");
      browser.submit(By.cssSelector("main form .actions button.primary"));

      assertThat(browser.driver.findElement(By.cssSelector(".feedback")).getText())
          .isEqualTo("Saved: Grab rides");
      assertThat(text(browser)).contains("GRAB*1003 HCM").doesNotContain("GRAB*1001");
      browser.assertAccessible();
      browser.screenshot("rule-preview");
      browser.submit(By.cssSelector("form[action$='/apply'] button"));
      assertThat(browser.driver.findElement(By.cssSelector(".feedback")).getText())
          .isEqualTo("1 transaction changed.");
      browser.driver.get(url("/rules"));
      assertThat(text(browser)).contains("Grab rides").doesNotContain("Always put notes");

      imported(email, "Điện tháng 11", "Nước tháng 11", "Sai", "Internet");
      browser.driver.get(url("/"));
      assertThat(text(browser)).contains("4 imported transactions to review");
      browser.driver.findElement(By.linkText("4 imported transactions to review")).click();
      browser.assertAccessible();
      browser.screenshot("review");
      List<String> rows =
          browser.driver.findElements(By.cssSelector("table.review tbody tr")).stream()
              .map(row -> row.getDomAttribute("id"))
              .toList();
      assertThat(focusedRow(browser)).isEqualTo(rows.get(0));

      browser.driver.switchTo().activeElement().sendKeys("c");
      waitForFocus(browser, rows.get(1));
      browser.driver.switchTo().activeElement().sendKeys("j");
      assertThat(focusedRow(browser)).isEqualTo(rows.get(2));
      browser.driver.switchTo().activeElement().sendKeys("d");
      waitForFocus(browser, rows.get(3));
      browser.driver.switchTo().activeElement().sendKeys("k");
      assertThat(focusedRow(browser)).isEqualTo(rows.get(1));
      browser.driver.switchTo().activeElement().sendKeys("e");
      WebElement category = browser.driver.switchTo().activeElement();
      assertThat(category.getTagName()).isEqualTo("select");
      new Select(category).selectByVisibleText("Bills & Utilities");
      category.sendKeys(Keys.TAB);
      browser.driver.switchTo().activeElement().sendKeys(Keys.ENTER);
      waitForFocus(browser, rows.get(3));
      assertThat(text(browser)).contains("1 waiting", "Internet");
      browser.submit(By.cssSelector("form[action$='/review/confirm'] button"));
      assertThat(text(browser)).contains("Nothing to review");
      assertThat(
              jdbc.sql(
                      "SELECT count(*) FROM transactions t JOIN users u ON u.id = t.user_id"
                          + " WHERE u.email = ? AND t.imported")
                  .param(email)
                  .query(Long.class)
                  .single())
          .as("one deleted by its key")
          .isEqualTo(3);
    }
    try (Browser browser = Browser.open(375, "vi", true)) {
      signIn(browser, email);
      imported(email, "Ăn trưa văn phòng");
      look(browser, "/rules", "rules");
      look(browser, "/rules/new", "rule-new");
      look(browser, "/review", "review-one");
      assertThat(text(browser)).contains("Cần xem lại", "Ăn trưa văn phòng");
    }
  }

  private static void waitForFocus(Browser browser, String rowId) {
    new WebDriverWait(browser.driver, java.time.Duration.ofSeconds(10))
        .until(d -> rowId.equals(d.switchTo().activeElement().getDomAttribute("id")));
  }
}
