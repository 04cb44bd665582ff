package com.spendwise.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.spendwise.support.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Wallets, categories and tags managed on their pages, with the ledger's rules shown next to the
 * fields.
 */
class ManagePagesTest extends PageTest {

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
    new Select(browser.driver.findElement(By.id("tagIds"))).selectByVisibleText(tag);
    browser.submit(By.cssSelector("details.filters button[type=submit]"));
    return text(browser);
  }
}
