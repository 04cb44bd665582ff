package com.spendwise.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.providers.EmbeddedResourceAxeProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Selenium, offline. Without a Chromium the browser tests are
 * skipped with the install command, except on CI, where they must run and so fail.
 */
public final class Browser implements AutoCloseable {

  public static final Path CHROMIUM =
      Path.of(System.getenv().getOrDefault("SPENDWISE_CHROMIUM", "/usr/bin/chromium"));
  public static final Path CHROMEDRIVER =
      Path.of(System.getenv().getOrDefault("SPENDWISE_CHROMEDRIVER", "/usr/bin/chromedriver"));
  private static final Path SHOTS = Path.of("target", "screenshots");

  public final ChromeDriver driver;
  private final int width;
  private final String language;

  private Browser(ChromeDriver driver, int width, String language) {
    this.driver = driver;
    this.width = width;
    this.language = language;
  }

  /** Skips (or, on CI, fails) when Debian's chromium and chromium-driver are not installed. */
  public static void require() {
    boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    String install = "apt-get update && apt-get install -y chromium chromium-driver";
    if (!present && "true".equals(System.getenv("CI"))) {
      throw new AssertionError("Chromium is missing on CI; .ci/run should have run: " + install);
    }
    Assumptions.assumeTrue(present, "No Chromium here; to run the browser tests: " + install);
  }

  /**
   * A browser {@code width} CSS pixels wide (375 is emulated as a phone: headless windows do not go
   * below 500) speaking {@code language}, with or without JavaScript.
   */
  public static Browser open(int width, String language, boolean javascript) {
    require();
    System.setProperty("SE_OFFLINE", "true");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--lang=" + language,
        "--window-size=" + Math.max(width, 800) + ",1000");
    Map<String, Object> prefs = new HashMap<>();
    prefs.put("intl.accept_languages", language);
    if (!javascript) {
      prefs.put("profile.managed_default_content_settings.javascript", 2);
    }
    options.setExperimentalOption("prefs", prefs);
    if (width < 500) {
      options.setExperimentalOption(
          "mobileEmulation",
          Map.of("deviceMetrics", Map.of("width", width, "height", 812, "pixelRatio", 2.0)));
    }
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
    return new Browser(driver, width, language);
  }

  /**
   * Clicks the element (a submit button) and waits until the page it was on has been replaced, so
   * that what follows sees the next page and not a race with it.
   */
  public void submit(By button) {
    WebElement element = driver.findElement(button);
    element.click();
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(
            page -> {
              try {
                element.isEnabled();
                return false;
              } catch (WebDriverException gone) {
                // Stale, or (a Chromium quirk) "node does not belong to the document": replaced.
                return true;
              }
            });
  }

  /**
   * Saves target/screenshots/{name}-{language}-{width}.png, and the same page in the same state at
   * the other width (375 or 1280: the page is laid out again by emulating the other screen, not
   * reloaded), which must not scroll sideways either.
   */
  public Path screenshot(String name) {
    Path file = save(name, width);
    boolean phone = width < 500;
    int other = phone ? 1280 : 375;
    emulate(other, phone ? 1000 : 812, !phone);
    try {
      save(name, other);
      assertNoSidewaysScroll();
    } finally {
      if (phone) {
        emulate(width, 812, true);
      } else {
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
      }
    }
    return file;
  }

  private void emulate(int cssWidth, int height, boolean mobile) {
    driver.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of(
            "width",
            cssWidth,
            "height",
            height,
            "deviceScaleFactor",
            mobile ? 2 : 1,
            "mobile",
            mobile));
  }

  private Path save(String name, int atWidth) {
    try {
      Files.createDirectories(SHOTS);
      Path file = SHOTS.resolve(name + "-" + language + "-" + atWidth + ".png");
      Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
      Files.copy(shot, file, StandardCopyOption.REPLACE_EXISTING);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** axe-core's script, read once: injected into each page it checks. */
  private static String axe;

  /**
   * No serious or critical accessibility violation on the current page (axe-core). axe-core runs in
   * the page in one call asking for violations only: the same rules as Deque's AxeBuilder, at a
   * fraction of its time (it runs each frame apart and joins the results in another window).
   */
  public void assertAccessible() {
    Object found =
        driver.executeAsyncScript(
            axeScript()
                + ";\nconst done = arguments[arguments.length - 1];"
                + " axe.run(document, {resultTypes: ['violations']})"
                + ".then(r => done(JSON.stringify(r.violations.filter(v =>"
                + " v.impact === 'serious' || v.impact === 'critical').map(v => v.id + ' (' + v.impact"
                + " + '): ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', ')))))"
                + ".catch(e => done(JSON.stringify(['axe-core failed: ' + e])));");
    List<String> serious = List.of(Api.JSON.readValue(String.valueOf(found), String[].class));
    assertThat(serious).as("axe-core on " + driver.getCurrentUrl()).isEmpty();
  }

  private static synchronized String axeScript() {
    if (axe == null) {
      try {
        axe = new EmbeddedResourceAxeProvider().getScript();
      } catch (Exception e) {
        throw new IllegalStateException("axe-core's script is part of its jar", e);
      }
    }
    return axe;
  }

  /** No element is wider than the viewport: nothing scrolls sideways. */
  public void assertNoSidewaysScroll() {
    Object overflow =
        driver.executeScript(
            "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
    if (((Number) overflow).intValue() > 0) {
      // Names what sticks out, so that a failure says where to look.
      Object culprits =
          driver.executeScript(
              "const w = document.documentElement.clientWidth; return"
                  + " [...document.querySelectorAll('body *')].filter(e =>"
                  + " e.getBoundingClientRect().right > w + 1).slice(-5).map(e => e.tagName + '.'"
                  + " + e.className + ' ' + Math.round(e.getBoundingClientRect().right)).join(', ');");
      assertThat(((Number) overflow).intValue())
          .as("sideways scroll on " + driver.getCurrentUrl() + ": " + culprits)
          .isLessThanOrEqualTo(0);
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
