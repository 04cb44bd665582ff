package com.spendwise.shared.ui;

import com.spendwise.shared.Money;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An amount as a person types it in their language: in Vietnamese "1.875.000" is one million eight
 * hundred seventy-five thousand and "12,5" twelve and a half; in English "1,875,000" and "12.5".
 * Anything that could be read two ways in that language is refused rather than guessed, and so is a
 * decimal part the currency does not have, zeros included: "45.000" typed in English for a VND
 * wallet is refused with the reading it most likely meant (45,000 ₫), never recorded as 45 ₫.
 */
public final class AmountInput {

  private static final Pattern VI_GROUPED = Pattern.compile("\\d{1,3}(\\.\\d{3})+(,\\d+)?");
  private static final Pattern VI_PLAIN = Pattern.compile("\\d+(,\\d+)?");
  private static final Pattern EN_GROUPED = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?");
  private static final Pattern EN_PLAIN = Pattern.compile("\\d+(\\.\\d+)?");
  private static final BigDecimal ONE_GROUP = new BigDecimal(1000);

  private AmountInput() {}

  /** Why a typed amount was refused: a message key and its arguments. */
  public record Refusal(String key, List<Object> args) {}

  /**
   * The amount with its decimals as typed ({@code "45.000"} keeps scale 3), or empty when the text
   * is not an amount in {@code locale}'s way of writing.
   */
  public static Optional<BigDecimal> parse(String text, Locale locale) {
    if (text == null) {
      return Optional.empty();
    }
    String s = text.strip().replace(" ", "").replace("\u00a0", "").replace("\u202f", "");
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

  /**
   * The amount typed in {@code field}, read in the page's language and held to {@code currency}'s
   * decimals (none checked when the currency is unknown); empty after putting the reason in {@code
   * errors} (and a refusal's arguments in {@code args}).
   */
  public static Optional<BigDecimal> read(
      String field,
      String text,
      String currency,
      Locale locale,
      Map<String, String> errors,
      Map<String, Object[]> args) {
    Optional<BigDecimal> typed = parse(text, locale);
    if (typed.isEmpty()) {
      errors.put(field, "error.amount-format");
      return Optional.empty();
    }
    Optional<Refusal> refusal =
        currency == null ? Optional.empty() : checkDecimals(typed.get(), currency, locale);
    if (refusal.isPresent()) {
      errors.put(field, refusal.get().key());
      args.put(field, refusal.get().args().toArray());
      return Optional.empty();
    }
    return typed;
  }

  /**
   * An amount as a form field shows it: grouped and with the decimal mark of the page's language
   * ("15.000" in Vietnamese, "15,000" in English), which {@link #parse} reads back as it was.
   */
  public static String write(BigDecimal amount, Locale locale) {
    DecimalFormat format =
        new DecimalFormat(
            "#,##0", DecimalFormatSymbols.getInstance(MoneyFormat.formatting(locale)));
    format.setMinimumFractionDigits(Math.max(0, amount.scale()));
    format.setMaximumFractionDigits(Math.max(0, amount.scale()));
    format.setParseBigDecimal(true);
    return format.format(amount);
  }

  /**
   * Why {@code typed} (as {@link #parse} read it) cannot be an amount of {@code currency} as it was
   * written, or empty when it can. Every typed decimal counts, trailing zeros too. Three decimals
   * after at most three digits ("45.000", "1,500") are what the other language writes for
   * thousands, so that refusal names the thousands reading for the person to confirm by typing it.
   */
  public static Optional<Refusal> checkDecimals(BigDecimal typed, String currency, Locale locale) {
    if (Money.currency(currency).isEmpty()) {
      return Optional.empty();
    }
    int digits = Money.scale(currency);
    if (typed.scale() <= digits) {
      return Optional.empty();
    }
    if (typed.scale() == 3 && typed.abs().compareTo(ONE_GROUP) < 0) {
      BigDecimal thousands = typed.movePointRight(3);
      return Optional.of(
          new Refusal(
              "error.amount-thousands",
              List.of(
                  currency,
                  digits,
                  MoneyFormat.format(thousands, currency, locale),
                  thousands.toPlainString())));
    }
    return Optional.of(new Refusal("error.amount-decimals", List.of(currency, digits)));
  }
}
