package com.spendwise.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.spendwise.support.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * What a form says when it refuses: an error summary at the top, focused, linking to each field; an
 * amount typed the other language's way is refused with the reading it most likely meant; an edit
 * from a page opened before another change is refused with the current values; an import preview
 * shows the file's text next to each row's problem and says before the click that the bad rows must
 * be skipped.
 */
class FormFeedbackPageTest extends PageTest {

  private static String focused(Browser browser) {
    WebElement active = browser.driver.switchTo().activeElement();
    return active.getDomAttribute("class") == null ? "" : active.getDomAttribute("class");
  }

  @Test
  void thousandsTypedTheOtherWayAreRefusedInASummaryThatTakesTheFocus() {
    try (Browser browser = Browser.open(1280, "en", true)) {
      register(browser, uniqueEmail());
      createWallet(browser, "Cash", "VND", "1,000,000");
      add(browser, "EXPENSE", "45.000", "Cash (VND)", "Lunch");

      WebElement summary = browser.driver.findElement(By.cssSelector(".error-summary"));
      assertThat(summary.getText()).contains("There is a problem", "did you mean ₫45,000?");
      assertThat(summary.findElement(By.cssSelector("a")).getDomAttribute("href"))
          .isEqualTo("#amount");
      assertThat(focused(browser)).contains("error-summary");
      assertThat(browser.driver.findElement(By.id("amount-error")).getText())
          .contains("did you mean ₫45,000?");
      browser.assertAccessible();
      browser.screenshot("feedback-thousands");
      summary.findElement(By.cssSelector("a")).click();
      assertThat(browser.driver.switchTo().activeElement().getDomAttribute("id"))
          .isEqualTo("amount");
    }
    try (Browser phone = Browser.open(375, "vi", true)) {
      register(phone, uniqueEmail());
      createWallet(phone, "Tiền mặt", "VND", "1.000.000");
      add(phone, "EXPENSE", "45,000", "Tiền mặt (VND)", "Ăn trưa");
      assertThat(phone.driver.findElement(By.cssSelector(".error-summary")).getText())
          .contains("Có lỗi cần sửa", "có phải bạn muốn nhập 45.000 ₫?");
      phone.assertNoSidewaysScroll();
      phone.assertAccessible();
      phone.screenshot("feedback-thousands");
    }
  }

  @Test
  void aSaveFromAPageOpenedBeforeAnotherChangeShowsTheCurrentValues() {
    String email = uniqueEmail();
    try (Browser first = Browser.open(1280, "en", true);
        Browser second = Browser.open(1280, "en", true)) {
      register(first, email);
      createWallet(first, "Cash", "VND", "1,000,000");
      add(first, "EXPENSE", "45,000", "Cash (VND)", "Lunch");
      first.driver.findElement(By.linkText("Lunch")).click();
      String edit = first.driver.getCurrentUrl();

      signIn(second, email);
      second.driver.get(edit);
      WebElement amount = second.driver.findElement(By.id("amount"));
      amount.clear();
      amount.sendKeys("50,000");
      second.submit(By.cssSelector("main form button[type=submit]"));

      WebElement stale = first.driver.findElement(By.id("amount"));
      stale.clear();
      stale.sendKeys("60,000");
      first.submit(By.cssSelector("main form button[type=submit]"));

      assertThat(first.driver.findElement(By.cssSelector(".error-summary")).getText())
          .contains("This changed since you opened the page");
      assertThat(first.driver.findElement(By.id("amount")).getDomProperty("value"))
          .as("the current value, to check against what was typed")
          .isEqualTo("50,000");
      first.assertAccessible();
      first.screenshot("feedback-stale-edit");
      first.driver.get(url("/transactions"));
      assertThat(text(first)).contains("−₫50,000").doesNotContain("60,000");
    }
  }

  @Test
  void anImportPreviewShowsWhatTheFileSaysNextToEachProblem() {
    try (Browser browser = Browser.open(1280, "vi", true)) {
      register(browser, uniqueEmail());
      createWallet(browser, "Vietcombank", "VND", "1.000.000");
      uploadStatement(browser, "Vietcombank (VND)", "bank-with-problems.csv");
      browser.submit(By.cssSelector("main form:not(.saved-mappings) button[type=submit]"));

      String page = text(browser);
      assertThat(page)
          .contains("“31/02/2026” đúng định dạng dd/MM/yyyy nhưng không phải ngày có thật")
          .contains("“10.000”", "“20.000”")
          .contains("3 dòng có lỗi");
      assertThat(browser.driver.findElements(By.cssSelector("td.as-in-file")))
          .extracting(WebElement::getText)
          .as("the file's own text where a date or an amount could not be read")
          .contains("31/02/2026", "12,5");
      WebElement skip = browser.driver.findElement(By.name("skipInvalid"));
      assertThat(skip.getDomAttribute("required")).isNotNull();
      browser.assertAccessible();
      browser.screenshot("feedback-import-problems");
    }
  }
}
