package com.spendwise.shared.ui;

import com.spendwise.shared.Money;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The one formatter of money and dates on pages ({@code ${@money.format(amount, currency)}}): the
 * JDK's currency format of the page's locale, at the currency's own scale.
 */
@Component("money")
public class MoneyFormat {

  /** The currencies the pages offer for a new wallet or a profile, the usual ones first. */
  public static final List<String> OFFERED_CURRENCIES =
      List.of("VND", "USD", "EUR", "JPY", "GBP", "KWD");

  /**
   * Vietnamese pages format as in Vietnam (1.875.000 ₫); English ones as in English (₫1,875,000).
   */
  public static Locale formatting(Locale locale) {
    return locale.getLanguage().equals("vi") ? Locale.forLanguageTag("vi-VN") : Locale.ENGLISH;
  }

  public String format(BigDecimal amount, String currency) {
    return format(amount, currency, LocaleContextHolder.getLocale());
  }

  /**
   * A negative amount starts with the minus sign transactions use (−, not the hyphen the JDK
   * writes), so that a negative balance reads like an expense.
   */
  public static String format(BigDecimal amount, String currency, Locale locale) {
    if (amount.signum() < 0) {
      return "−" + format(amount.negate(), currency, locale);
    }
    NumberFormat format = NumberFormat.getCurrencyInstance(formatting(locale));
    format.setCurrency(Currency.getInstance(currency));
    int scale = Money.scale(currency);
    format.setMinimumFractionDigits(scale);
    format.setMaximumFractionDigits(scale);
    return format.format(amount);
  }

  /** With a sign in front: what a transaction did to the money shown. */
  public String signed(BigDecimal amount, String currency, boolean in) {
    return (in ? "+" : "−") + format(amount.abs(), currency);
  }

  /** {@link #signed} of an amount written as a plain decimal (as results of services carry it). */
  public String signedText(String amount, String currency, boolean in) {
    return signed(new BigDecimal(amount), currency, in);
  }

  /** A number with all its decimals (an exchange rate), grouped as the page's language does. */
  public String number(BigDecimal value) {
    return AmountInput.write(value.stripTrailingZeros(), LocaleContextHolder.getLocale());
  }

  /** A month as a heading names it: "December 2026", "Tháng 12 năm 2026". */
  public String month(YearMonth month) {
    Locale locale = LocaleContextHolder.getLocale();
    return locale.getLanguage().equals("vi")
        ? "Tháng " + month.getMonthValue() + " năm " + month.getYear()
        : month.format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH));
  }

  /** The month a day falls in, as {@link #month} names it. */
  public String monthOf(LocalDate day) {
    return month(YearMonth.from(day));
  }

  /** A day as a list groups by it: "Sat 5 Dec 2026", "Thứ Bảy, 05/12/2026". */
  public String day(LocalDate date) {
    Locale locale = LocaleContextHolder.getLocale();
    return locale.getLanguage().equals("vi")
        ? date.format(
            DateTimeFormatter.ofPattern("EEEE, dd/MM/yyyy", Locale.forLanguageTag("vi-VN")))
        : date.format(DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.UK));
  }

  public String date(LocalDate date) {
    Locale locale = LocaleContextHolder.getLocale();
    DateTimeFormatter format =
        locale.getLanguage().equals("vi")
            ? DateTimeFormatter.ofPattern("dd/MM/yyyy")
            : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.UK);
    return date.format(format);
  }
}
