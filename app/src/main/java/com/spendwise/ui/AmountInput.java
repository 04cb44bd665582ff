package com.spendwise.ui;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An amount as a person types it in their language: in Vietnamese "1.875.000" is one million eight
 * hundred seventy-five thousand and "12,5" twelve and a half; in English "1,875,000" and "12.5".
 * Anything that could be read two ways in that language is refused rather than guessed.
 */
final class AmountInput {

  private static final Pattern VI_GROUPED = Pattern.compile("\\d{1,3}(\\.\\d{3})+(,\\d+)?");
  private static final Pattern VI_PLAIN = Pattern.compile("\\d+(,\\d+)?");
  private static final Pattern EN_GROUPED = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?");
  private static final Pattern EN_PLAIN = Pattern.compile("\\d+(\\.\\d+)?");

  private AmountInput() {}

  /** The amount, or empty when the text is not an amount in {@code locale}'s way of writing. */
  static Optional<BigDecimal> parse(String text, Locale locale) {
    if (text == null) {
      return Optional.empty();
    }
    String s = text.strip().replace(" ", "").replace("\u00a0", "");
    if (s.isEmpty() || s.length() > 40) {
      return Optional.empty();
    }
    String plain;
    if (locale.getLanguage().equals("vi")) {
      if (VI_GROUPED.matcher(s).matches() || VI_PLAIN.matcher(s).matches()) {
        plain = s.replace(".", "").replace(',', '.');
      } else {
        return Optional.empty();
      }
    } else if (EN_GROUPED.matcher(s).matches() || EN_PLAIN.matcher(s).matches()) {
      plain = s.replace(",", "");
    } else {
      return Optional.empty();
    }
    return Optional.of(new BigDecimal(plain));
  }
}
