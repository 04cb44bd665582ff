package com.spendwise.ui;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.spendwise.support.Browser;
import org.junit.jupiter.api.Test;

/** The pages' accessibility check can fail: a page with an unnamed button does not pass it. */
class AccessibilityCheckTest {

  @Test
  void aButtonWithoutANameIsASeriousViolation() {
    Browser.require();
    try (Browser browser = Browser.open(1280, "en", true)) {
      browser.driver.get(
          "data:text/html,<!DOCTYPE html><html lang=en><title>t</title><main><button></button></main>");
      assertThatThrownBy(browser::assertAccessible)
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("button-name");
    }
  }
}
