package com.spendwise.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.spendwise.support.Browser;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Passkeys in a real Chromium, with the DevTools protocol's virtual authenticator standing in for a
 * fingerprint reader: one is added on the security page, then signs the person in without their
 * password. And the security and deletion pages at both widths, in both languages.
 */
class SecurityBrowserTest extends PageTest {

  private static String authenticator(Browser browser) {
    browser.driver.executeCdpCommand("WebAuthn.enable", Map.of("enableUI", false));
    Map<String, Object> added =
        browser.driver.executeCdpCommand(
            "WebAuthn.addVirtualAuthenticator",
            Map.of(
                "options",
                Map.of(
                    "protocol", "ctap2",
                    "transport", "internal",
                    "hasResidentKey", true,
                    "hasUserVerification", true,
                    "isUserVerified", true,
                    "automaticPresenceSimulation", true)));
    return (String) added.get("authenticatorId");
  }

  @SuppressWarnings("unchecked")
  private static List<Object> credentials(Browser browser, String authenticator) {
    return (List<Object>)
        browser
            .driver
            .executeCdpCommand("WebAuthn.getCredentials", Map.of("authenticatorId", authenticator))
            .get("credentials");
  }

  private void waitFor(Browser browser, String path) {
    new WebDriverWait(browser.driver, Duration.ofSeconds(10))
        .until(driver -> driver.getCurrentUrl().startsWith(url(path)));
  }

  @Test
  void aPasskeyIsAddedThenSignsThePersonInWithoutThePassword() {
    String email = uniqueEmail();
    try (Browser browser = Browser.open(1280, "en", true)) {
      String device = authenticator(browser);
      register(browser, email);

      browser.driver.get(url("/profile/security"));
      browser.driver.findElement(By.id("passkey-label")).clear();
      browser.driver.findElement(By.id("passkey-label")).sendKeys("Test laptop");
      browser.driver.findElement(By.cssSelector("#add-passkey button")).click();
      waitFor(browser, "/profile/security?passkeyAdded");

      assertThat(text(browser)).contains("Your passkey is added.").contains("Test laptop");
      assertThat(credentials(browser, device)).as("kept by the authenticator").hasSize(1);
      assertThat(
              jdbc.sql(
                      "SELECT count(*) FROM user_credentials c JOIN user_entities u"
                          + " ON u.id = c.user_entity_user_id JOIN local_accounts a"
                          + " ON a.subject::text = u.name WHERE a.email = ? AND c.label = ?")
                  .params(email, "Test laptop")
                  .query(Long.class)
                  .single())
          .isEqualTo(1);
      browser.assertNoSidewaysScroll();
      browser.assertAccessible();
      browser.screenshot("security-passkey-added");

      signOut(browser);
      browser.driver.get(url("/signin"));
      browser.driver.findElement(By.cssSelector("form[data-passkey] button")).click();
      new WebDriverWait(browser.driver, Duration.ofSeconds(10))
          .until(driver -> driver.getCurrentUrl().equals(url("/")));

      browser.driver.get(url("/profile/security"));
      assertThat(text(browser)).contains("Signed in with a passkey").contains("(this browser)");
      browser.driver.findElement(By.cssSelector("details.rename > summary")).click();
      for (String section : List.of("passkeys", "sessions", "history")) {
        browser.driver.executeScript(
            "document.getElementById(arguments[0]).scrollIntoView()", section);
        browser.screenshot("security-" + section);
      }
    }
  }

  @Test
  void aPasskeyAskedForAfterThePasswordCompletesTheSignIn() {
    String email = uniqueEmail();
    try (Browser browser = Browser.open(375, "vi", true)) {
      authenticator(browser);
      register(browser, email);
      browser.driver.get(url("/profile/security"));
      browser.driver.findElement(By.cssSelector("#add-passkey button")).click();
      waitFor(browser, "/profile/security?passkeyAdded");
      browser.submit(By.cssSelector("form.second-factor button"));
      assertThat(text(browser))
          .contains("Từ nay, đăng nhập bằng mật khẩu sẽ hỏi thêm khóa truy cập.");

      signOut(browser);
      browser.driver.get(url("/signin"));
      browser.driver.findElement(By.id("email")).sendKeys(email);
      browser.driver.findElement(By.id("password")).sendKeys(PASSWORD);
      browser.submit(By.cssSelector("main form button[type=submit]"));
      assertThat(browser.driver.getCurrentUrl()).isEqualTo(url("/signin/passkey"));
      browser.assertNoSidewaysScroll();
      browser.assertAccessible();
      browser.screenshot("signin-second-step");

      browser.driver.findElement(By.cssSelector("form[data-passkey] button")).click();
      new WebDriverWait(browser.driver, Duration.ofSeconds(10))
          .until(driver -> driver.getCurrentUrl().equals(url("/")));
      browser.driver.get(url("/profile/security"));
      assertThat(text(browser)).contains("Đăng nhập bằng mật khẩu và khóa truy cập");
    }
  }

  @Test
  void aPasskeyThatIsRemovedNoLongerSignsIn() {
    String email = uniqueEmail();
    try (Browser browser = Browser.open(1280, "en", true)) {
      authenticator(browser);
      register(browser, email);
      browser.driver.get(url("/profile/security"));
      browser.driver.findElement(By.cssSelector("#add-passkey button")).click();
      waitFor(browser, "/profile/security?passkeyAdded");
      browser.submit(By.cssSelector("form[action$='/delete'] button"));
      assertThat(text(browser)).contains("The passkey is removed.");

      signOut(browser);
      browser.driver.get(url("/signin"));
      browser.driver.findElement(By.cssSelector("form[data-passkey] button")).click();
      new WebDriverWait(browser.driver, Duration.ofSeconds(10))
          .until(
              driver -> driver.findElement(By.cssSelector("[data-passkey-failed]")).isDisplayed());
      assertThat(browser.driver.getCurrentUrl()).startsWith(url("/signin"));
      browser.assertAccessible();
      browser.screenshot("signin-passkey-refused");
    }
  }

  @Test
  void theSecurityAndDeletionPagesInVietnameseOnAPhone() {
    String email = uniqueEmail();
    try (Browser browser = Browser.open(375, "vi", true)) {
      register(browser, email);
      for (String page : List.of("/profile", "/profile/security", "/profile/delete", "/signin")) {
        browser.driver.get(url(page));
        browser.assertNoSidewaysScroll();
        browser.assertAccessible();
        browser.screenshot(page.substring(1).replace('/', '-'));
      }
      browser.driver.get(url("/profile/security"));
      browser.driver.executeScript("document.getElementById('sessions').scrollIntoView()");
      browser.screenshot("security-sessions");
      browser.driver.get(url("/profile/delete"));
      assertThat(text(browser)).contains("Xóa tài khoản").contains("Tải bản sao lưu");
      browser.driver.findElement(By.id("email")).sendKeys("nguoi-khac@example.com");
      browser.driver.findElement(By.id("password")).sendKeys(PASSWORD);
      browser.submit(By.cssSelector("main form button.danger"));
      assertThat(text(browser)).contains("Hãy gõ đúng email của tài khoản này");
      browser.screenshot("delete-refused");

      browser.driver.findElement(By.id("email")).clear();
      browser.driver.findElement(By.id("email")).sendKeys(email);
      browser.driver.findElement(By.id("password")).sendKeys(PASSWORD);
      browser.submit(By.cssSelector("main form button.danger"));
      assertThat(browser.driver.getCurrentUrl()).isEqualTo(url("/signin?deleted"));
      assertThat(text(browser)).contains("đã bị xóa");
      assertThat(
              jdbc.sql("SELECT count(*) FROM local_accounts WHERE email = ?")
                  .param(email)
                  .query(Long.class)
                  .single())
          .isZero();
    }
  }
}
