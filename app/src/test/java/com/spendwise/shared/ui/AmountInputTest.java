package com.spendwise.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Amounts as people type them, read in each page language and held to the currency's decimals. */
class AmountInputTest {

  private static final Locale EN = Locale.ENGLISH;
  private static final Locale VI = Locale.forLanguageTag("vi");

  /** What each language reads; {@code -} is text that is no amount in that language. */
  @ParameterizedTest(name = "{0} in {1} reads {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "45000     | en | 45000",
        "45,000    | en | 45000",
        "45 000    | en | 45000",
        "45.000    | en | 45.000",
        "1,234,567 | en | 1234567",
        "1.234.567 | en | -",
        "12.50     | en | 12.50",
        "12,50     | en | -",
        "45000     | vi | 45000",
        "45.000    | vi | 45000",
        "45,000    | vi | 45.000",
        "45 000    | vi | 45000",
        "1.234.567 | vi | 1234567",
        "1,234,567 | vi | -",
        "12,50     | vi | 12.50",
        "12.50     | vi | -",
      })
  void readsAmountsTheLanguageWrites(String typed, String language, String read) {
    Optional<BigDecimal> parsed = AmountInput.parse(typed, Locale.forLanguageTag(language));
    if (read.equals("-")) {
      assertThat(parsed).isEmpty();
    } else {
      // Compared with scale: the decimals typed are part of what was read.
      assertThat(parsed).contains(new BigDecimal(read));
    }
  }

  @Test
  void thousandsTypedTheOtherLanguagesWayAreRefusedWithTheirReading() {
    AmountInput.Refusal en = AmountInput.checkDecimals(new BigDecimal("45.000"), "VND", EN).get();
    assertThat(en.key()).isEqualTo("error.amount-thousands");
    assertThat(en.args()).containsExactly("VND", 0, "₫45,000", "45000");

    AmountInput.Refusal vi = AmountInput.checkDecimals(new BigDecimal("45.000"), "VND", VI).get();
    assertThat(vi.args()).containsExactly("VND", 0, "45.000\u00a0₫", "45000");

    AmountInput.Refusal usd = AmountInput.checkDecimals(new BigDecimal("45.000"), "USD", EN).get();
    assertThat(usd.key()).isEqualTo("error.amount-thousands");
    assertThat(usd.args()).containsExactly("USD", 2, "$45,000.00", "45000");
  }

  @Test
  void decimalsTheCurrencyDoesNotHaveAreRefusedEvenWhenZero() {
    assertThat(AmountInput.checkDecimals(new BigDecimal("12.50"), "VND", EN).get().key())
        .isEqualTo("error.amount-decimals");
    assertThat(AmountInput.checkDecimals(new BigDecimal("12.0"), "VND", EN)).isPresent();
    assertThat(AmountInput.checkDecimals(new BigDecimal("1234.000"), "VND", EN).get().key())
        .isEqualTo("error.amount-decimals");
    assertThat(AmountInput.checkDecimals(new BigDecimal("12.5"), "KWD", EN)).isEmpty();
    assertThat(AmountInput.checkDecimals(new BigDecimal("12.500"), "KWD", EN)).isEmpty();
    assertThat(AmountInput.checkDecimals(new BigDecimal("12.50"), "USD", EN)).isEmpty();
    assertThat(AmountInput.checkDecimals(new BigDecimal("45000"), "VND", EN)).isEmpty();
  }
}
