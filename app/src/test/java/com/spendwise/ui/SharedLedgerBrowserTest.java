package com.spendwise.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.spendwise.support.Api;
import com.spendwise.support.Browser;
import com.spendwise.support.Households;
import com.spendwise.support.UserClient;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.Select;

/**
 * A household in the web app: creating a shared ledger, inviting, members and roles, the header's
 * switcher, "by whom" in the list, a contribution and deleting one side of it; and an invitee on a
 * phone in Vietnamese who accepts, reads as a viewer, and is removed.
 */
class SharedLedgerBrowserTest extends PageTest {

  @Test
  void anOwnerSetsUpAHouseholdAndContributesToIt() {
    String email = uniqueEmail();
    UserClient partner = new UserClient(api());
    partner.patch("/api/v1/me", Map.of("displayName", "Lan"));
    try (Browser browser = Browser.open(1280, "en", true)) {
      register(browser, email);
      browser.driver.get(url("/ledgers"));
      browser.driver.findElement(By.id("name")).sendKeys("Our home");
      browser.submit(By.cssSelector("section form button[type=submit]"));
      assertThat(browser.driver.findElement(By.cssSelector(".feedback")).getText())
          .contains("Shared ledger created: Our home");
      String ledger = browser.driver.getCurrentUrl().replaceAll(".*/ledgers/", "");

      browser.driver.findElement(By.id("email")).sendKeys(partner.email());
      new Select(browser.driver.findElement(By.id("role"))).selectByValue("EDITOR");
      browser.submit(By.cssSelector("form[action$='/invite'] button"));
      assertThat(text(browser)).contains("/invitations/accept?token=").contains(partner.email());
      browser.assertAccessible();
      browser.screenshot("ledger-invited");

      String invitation =
          partner.get("/api/v1/invitations").json().get("items").get(0).get("id").asString();
      assertThat(partner.post("/api/v1/invitations/" + invitation + "/accept", Map.of()).status())
          .isEqualTo(200);
      browser.driver.get(url("/ledgers/" + ledger));
      assertThat(text(browser)).contains("Lan").contains(partner.email()).contains("(you)");
      browser.assertNoSidewaysScroll();
      browser.assertAccessible();
      browser.screenshot("ledger-members");

      createWallet(browser, "Household cash", "VND", "0");
      browser.driver.get(url("/wallets"));
      browser.driver.findElement(By.id("name")).sendKeys("Meant for the household");
      String household = browser.driver.getWindowHandle();
      browser.driver.switchTo().newWindow(WindowType.TAB);
      browser.driver.get(url("/ledgers"));
      browser.submit(By.cssSelector("main form[action$='/ledgers/switch'] button"));
      browser.driver.close();
      browser.driver.switchTo().window(household);
      browser.submit(By.cssSelector("main form button[type=submit]"));
      assertThat(text(browser)).contains("This form was opened in another ledger");
      browser.screenshot("ledger-switched");
      assertThat(strayWallets()).as("nothing was saved in either ledger").isZero();
      browser.driver.get(url("/ledgers"));
      browser.submit(By.cssSelector("main form[action$='/ledgers/switch'] button"));
      String shared =
          partner.in(ledger).get("/api/v1/wallets").json().get("items").get(0).get("id").asString();
      partner
          .in(ledger)
          .record(UserClient.with(UserClient.expense(shared, "250000"), "note", "Groceries"));
      browser.driver.get(url("/transactions"));
      assertThat(text(browser)).contains("Groceries").contains("by Lan");
      assertThat(browser.driver.findElement(By.cssSelector(".ledger-bar")).getText())
          .contains("Shared ledger · your role: Owner");
      browser.assertAccessible();
      browser.screenshot("shared-transactions");

      new Select(browser.driver.findElement(By.id("ledger-switch")))
          .selectByVisibleText("My own ledger");
      browser.submit(By.cssSelector(".ledger-bar button"));
      assertThat(browser.driver.getCurrentUrl()).isEqualTo(url("/transactions"));
      assertThat(text(browser)).doesNotContain("Groceries");
      createWallet(browser, "My cash", "VND", "5,000,000");

      browser.driver.get(url("/contribute"));
      new Select(browser.driver.findElement(By.id("fromWalletId")))
          .selectByVisibleText("My cash (VND)");
      new Select(browser.driver.findElement(By.id("target")))
          .selectByVisibleText("Our home · Household cash (VND)");
      browser.driver.findElement(By.id("amount")).sendKeys("45.000");
      browser.submit(By.cssSelector("main form button[type=submit]"));
      assertThat(text(browser)).contains("did you mean ₫45,000?");
      browser.screenshot("contribute-ambiguous");
      browser.driver.findElement(By.id("amount")).clear();
      browser.driver.findElement(By.id("amount")).sendKeys("1,000,000");
      browser.submit(By.cssSelector("main form button[type=submit]"));
      assertThat(browser.driver.findElement(By.cssSelector(".feedback")).getText())
          .contains("Contributed ₫1,000,000 to Our home.");
      assertThat(partner.in(ledger).balance(shared)).isEqualTo("750000");

      browser.driver.findElement(By.cssSelector(".entry .what a")).click();
      browser.driver.get(browser.driver.getCurrentUrl().replace("/edit", "/delete"));
      assertThat(text(browser)).contains("Delete both sides, or only this one?");
      browser.assertAccessible();
      browser.screenshot("contribution-delete");
      browser.submit(By.cssSelector("button[value=BOTH]"));
      assertThat(partner.in(ledger).balance(shared)).isEqualTo("-250000");
    }
  }

  /** Wallets named as the refused form named its one, in any ledger. */
  private long strayWallets() {
    return jdbc.sql("SELECT count(*) FROM wallets WHERE name = 'Meant for the household'")
        .query(Long.class)
        .single();
  }

  @Test
  void anInviteeOnAPhoneAcceptsReadsAsAViewerAndIsRemoved() {
    UserClient owner = new UserClient(api());
    String ledger = Households.create(owner, "Nhà mình");
    String cash = owner.in(ledger).wallet("VND", "2000000");
    owner.in(ledger).record(UserClient.with(UserClient.expense(cash, "90000"), "note", "Chợ"));
    owner.patch("/api/v1/me", Map.of("displayName", "Minh"));
    String email = uniqueEmail();
    Households.invite(owner, ledger, email, "VIEWER");
    try (Browser browser = Browser.open(375, "vi", true)) {
      register(browser, email);
      browser.driver.get(url("/invitations"));
      assertThat(text(browser)).contains("Nhà mình").contains("Người xem");
      browser.assertNoSidewaysScroll();
      browser.assertAccessible();
      browser.screenshot("invitations");
      browser.submit(By.cssSelector("form[action$='/accept'] button"));
      assertThat(browser.driver.findElement(By.cssSelector(".feedback")).getText())
          .contains("Bạn đã tham gia Nhà mình");
      browser.driver.get(url("/transactions"));
      assertThat(text(browser)).contains("Chợ").contains("do Minh ghi");
      assertThat(browser.driver.findElements(By.cssSelector("a[href$='/transactions/new']")))
          .as("a viewer is not offered to add")
          .isEmpty();
      browser.assertNoSidewaysScroll();
      browser.assertAccessible();
      browser.screenshot("shared-transactions-viewer");

      owner
          .in(ledger)
          .create(
              "/api/v1/budgets",
              Map.of(
                  "period",
                  "MONTHLY",
                  "amount",
                  "100000",
                  "currency",
                  "VND",
                  "startDate",
                  "2026-01-01"));
      owner.in(ledger).record(UserClient.with(UserClient.expense(cash, "20000"), "note", "Rau"));
      browser.driver.get(url("/notifications"));
      assertThat(text(browser)).contains("Nhà mình:");
      browser.assertAccessible();
      browser.screenshot("notifications-shared");

      browser.driver.get(url("/wallets"));
      browser.driver.findElement(By.id("name")).sendKeys("Không được");
      browser.submit(By.cssSelector("main form button[type=submit]"));
      assertThat(text(browser)).contains("Bạn là người xem của sổ chung này");
      browser.screenshot("viewer-refused");
      assertThat(owner.in(ledger).get("/api/v1/wallets").json().get("items").size()).isEqualTo(1);

      browser.driver.get(url("/ledgers"));
      browser.assertNoSidewaysScroll();
      browser.assertAccessible();
      browser.screenshot("ledgers");

      String viewer =
          owner
              .get("/api/v1/ledgers/" + ledger + "/members")
              .json()
              .get("items")
              .get(1)
              .get("userId")
              .asString();
      Api.Response removed = owner.delete("/api/v1/ledgers/" + ledger + "/members/" + viewer);
      assertThat(removed.status()).isEqualTo(204);
      browser.driver.get(url("/transactions"));
      assertThat(text(browser)).contains("Bạn không còn là thành viên").doesNotContain("Chợ");
      browser.screenshot("ledger-gone");
      browser.driver.get(url("/transactions"));
      assertThat(text(browser)).doesNotContain("Chợ");
    }
  }
}
