package com.spendwise.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.spendwise.exchange.Backups;
import com.spendwise.recurring.RecurringService;
import com.spendwise.support.Browser;
import com.spendwise.user.UserId;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The web app's part 2 in a real Chromium, as a person uses it: budgets filling up (the bar's
 * colour and the bell), a goal reached and a withdrawal refused, a recurring rule recording what
 * fell due, the upcoming page and calendar, reports, restore. Screenshots of every page at both
 * widths, in both languages; axe-core on each.
 */
class PlanningPagesTest extends PageTest {

  @Autowired RecurringService recurring;
  @Autowired Backups backups;

  private final List<String> emails = new ArrayList<>();

  @AfterEach
  void realTime() {
    stopRulesOf(emails);
    clock.set(Instant.now());
  }

  private int bell(Browser browser) {
    return Integer.parseInt(browser.driver.findElement(By.cssSelector("#bell .count")).getText());
  }

  private String budgetBar(Browser browser) {
    return browser
        .driver
        .findElement(By.cssSelector("#budgets-title + ul .bar"))
        .getDomAttribute("class");
  }

  private UserId userId(String email) {
    return new UserId(
        jdbc.sql("SELECT id FROM users WHERE email = ?").param(email).query(UUID.class).single());
  }

  private LocalDate today(String email) {
    String zone =
        jdbc.sql("SELECT timezone FROM users WHERE email = ?")
            .param(email)
            .query(String.class)
            .single();
    return clock.instant().atZone(ZoneId.of(zone)).toLocalDate();
  }

  private void look(Browser browser, String path, String name) {
    browser.driver.get(url(path));
    browser.assertNoSidewaysScroll();
    browser.assertAccessible();
    browser.screenshot(name);
  }

  @Test
  void aBudgetFillsUpAndAGoalIsReachedWhileTheBellCountsEachAlertOnce() {
    String email = uniqueEmail();
    emails.add(email);
    try (Browser browser = Browser.open(1280, "en", true)) {
      register(browser, email);
      createWallet(browser, "Cash", "VND", "10,000,000");

      browser.driver.get(url("/budgets"));
      browser.driver.findElement(By.id("amount")).sendKeys("1,000,000");
      browser.submit(By.cssSelector("form[action$='/budgets'] button[type=submit]"));
      assertThat(browser.driver.findElement(By.cssSelector(".feedback")).getText())
          .isEqualTo("Budget saved: ₫1,000,000.");
      assertThat(text(browser)).contains("₫0 spent of ₫1,000,000", "a day for the");
      browser.assertAccessible();
      browser.screenshot("budgets-empty");

      add(browser, "EXPENSE", "850,000", "Cash (VND)", "Groceries");
      assertThat(browser.driver.findElement(By.cssSelector(".feedback")).getText())
          .isEqualTo("Saved: −₫850,000 Groceries");
      browser.driver.get(url("/"));
      assertThat(budgetBar(browser)).contains("level-WARNING");
      assertThat(text(browser)).contains("85% used: nearly all spent");
      assertThat(bell(browser)).isEqualTo(1);

      add(browser, "EXPENSE", "200,000", "Cash (VND)", "Dinner");
      browser.driver.get(url("/"));
      assertThat(budgetBar(browser)).contains("level-EXCEEDED");
      assertThat(text(browser)).contains("Over by ₫50,000");
      assertThat(bell(browser)).isEqualTo(2);
      add(browser, "EXPENSE", "10,000", "Cash (VND)", "Tea");
      browser.driver.get(url("/"));
      assertThat(bell(browser)).as("no second alert for the same level").isEqualTo(2);
      browser.assertAccessible();
      browser.screenshot("dashboard-plans");
      look(browser, "/budgets", "budgets");

      browser.driver.get(url("/goals"));
      browser.driver.findElement(By.id("name")).sendKeys("Bike");
      browser.driver.findElement(By.id("targetAmount")).sendKeys("1,000,000");
      browser.submit(By.cssSelector("form[action$='/goals'] button[type=submit]"));
      browser.driver.findElement(By.linkText("Bike")).click();
      for (String amount : List.of("600,000", "400,000")) {
        browser.driver.findElement(By.id("amount")).sendKeys(amount);
        browser.submit(By.cssSelector("button[name=direction][value=in]"));
      }
      assertThat(text(browser)).contains("Reached", "₫1,000,000 saved of ₫1,000,000");
      assertThat(bell(browser)).isEqualTo(3);
      browser.driver.findElement(By.id("amount")).sendKeys("2,000,000");
      browser.submit(By.cssSelector("button[name=direction][value=out]"));
      assertThat(browser.driver.findElement(By.id("amount-error")).getText())
          .isEqualTo("The goal holds ₫1,000,000; you cannot take out more than that.");
      assertThat(browser.driver.findElement(By.id("amount")).getDomAttribute("aria-invalid"))
          .isEqualTo("true");
      browser.assertAccessible();
      browser.screenshot("goal-refused");
      look(browser, "/goals", "goals");

      browser.driver.get(url("/notifications"));
      assertThat(browser.driver.findElements(By.cssSelector(".note.unread"))).hasSize(3);
      assertThat(text(browser)).containsOnlyOnce("You reached your goal Bike");
      browser.assertAccessible();
      browser.screenshot("notifications");
      browser.submit(By.cssSelector("form[action$='/notifications/read'] button"));
      assertThat(bell(browser)).isZero();

      // A ten-digit negative balance: the expense's minus sign, and no sideways scroll at 375 px.
      createWallet(browser, "Mortgage", "VND", "0");
      add(browser, "EXPENSE", "1,234,567,890", "Mortgage (VND)", "Down payment");
      browser.driver.get(url("/wallets"));
      assertThat(text(browser)).contains("−₫1,234,567,890");
      browser.screenshot("wallets-negative");
    }
  }

  @Test
  void aRuleStartedTenDaysAgoRecordsWhatFellDueAndTheUpcomingPageProjectsTheRest()
      throws IOException {
    String email = uniqueEmail();
    emails.add(email);
    try (Browser phone = Browser.open(375, "vi", true)) {
      register(phone, email);
      createWallet(phone, "Tiền mặt", "VND", "5.000.000");
      LocalDate today = today(email);

      phone.driver.get(url("/recurring"));
      phone.driver.findElement(By.id("amount")).sendKeys("50.000");
      new Select(phone.driver.findElement(By.id("walletId"))).selectByVisibleText("Tiền mặt (VND)");
      phone.driver.findElement(By.id("note")).sendKeys("Cà phê");
      new Select(phone.driver.findElement(By.id("interval"))).selectByValue("DAILY");
      ((org.openqa.selenium.JavascriptExecutor) phone.driver)
          .executeScript(
              "document.getElementById('startDate').value = arguments[0]",
              today.minusDays(10).toString());
      phone.submit(By.cssSelector("form[action$='/recurring'] button[type=submit]"));
      assertThat(phone.driver.findElement(By.cssSelector(".feedback")).getText())
          .startsWith("Đã lưu giao dịch định kỳ.");
      phone.assertAccessible();
      phone.screenshot("recurring");

      recurring.runDue();

      phone.driver.get(url("/transactions"));
      assertThat(phone.driver.findElements(By.cssSelector("#entries > li.entry"))).hasSize(11);
      assertThat(bell(phone)).isEqualTo(11);
      phone.screenshot("transactions-recurring");
      phone.driver.get(url("/upcoming"));
      String upcoming = text(phone);
      assertThat(upcoming)
          .contains("30 ngày tới")
          .as("5.000.000 less the 11 recorded (today's too), then 50.000 a day to day 30")
          .contains("Số dư dự kiến của Tiền mặt sau ngày này: ≈ 4.400.000 ₫")
          .contains("Số dư dự kiến của Tiền mặt sau ngày này: ≈ 3.000.000 ₫")
          .doesNotContain("≈ 2.950.000");
      assertThat(phone.driver.findElements(By.cssSelector("table.calendar td .out")))
          .as("the days that recorded an expense this month")
          .hasSizeGreaterThanOrEqualTo(Math.min(11, today.getDayOfMonth()));
      phone.assertAccessible();
      phone.screenshot("upcoming");
      look(phone, "/notifications", "notifications");
      look(phone, "/budgets", "budgets-empty");
      look(phone, "/goals", "goals-empty");
      look(phone, "/reports", "reports");
      look(phone, "/rates", "rates");

      // A backup of this account restores into a new one, and not into one with history.
      Path backup = Files.createTempFile("backup-", ".json");
      try (OutputStream out = Files.newOutputStream(backup)) {
        backups.backup(userId(email)).writeTo(out);
      }
      backup.toFile().deleteOnExit();
      signOut(phone);
      String restored = uniqueEmail();
      emails.add(restored);
      register(phone, restored);
      phone.driver.get(url("/profile/restore"));
      phone.driver.findElement(By.id("file")).sendKeys(backup.toString());
      phone.submit(By.cssSelector("main form button[type=submit]"));
      assertThat(phone.driver.findElement(By.cssSelector(".feedback")).getText())
          .isEqualTo("Đã khôi phục: 1 ví, 11 giao dịch và 1 kế hoạch.");
      assertThat(text(phone)).contains("4.450.000 ₫");
      phone.driver.get(url("/profile/restore"));
      phone.driver.findElement(By.id("file")).sendKeys(backup.toString());
      phone.submit(By.cssSelector("main form button[type=submit]"));
      assertThat(phone.driver.findElement(By.id("file-error")).getText())
          .contains("Tài khoản này đã có giao dịch");
      phone.assertAccessible();
      phone.screenshot("restore-refused");
    }
  }
}
