package com.spendwise.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * Money rules shared by every module: an amount's scale comes from its currency's ISO 4217 minor
 * unit, extra digits are refused (never rounded), and magnitudes are bounded so that no sum the
 * database keeps can overflow its column.
 */
public final class Money {

  /**
   * Exclusive bound on one amount. Balances may reach 1e18 (the column bound), so a wallet holds at
   * least a thousand maximal amounts before a write is refused as out of range.
   */
  public static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000000000");

  private Money() {}

  /** The most fraction digits any currency has (and the column keeps). */
  public static final int MAX_SCALE = 4;

  /**
   * Why {@code amount} could be no currency's amount (too large, or more decimals than any currency
   * has), or empty. Lets a caller refuse nonsense before it knows the currency.
   */
  public static Optional<FieldProblem> checkBounds(String field, BigDecimal amount) {
    if (amount.abs().compareTo(MAX_AMOUNT) >= 0) {
      return Optional.of(
          new FieldProblem(field, "out-of-range", "Must be less than 1000000000000000 in size."));
    }
    if (amount.stripTrailingZeros().scale() > MAX_SCALE) {
      return Optional.of(
          new FieldProblem(
              field, "too-many-decimals", "No currency has more than " + MAX_SCALE + " decimals."));
    }
    return Optional.empty();
  }

  /** The currency of an ISO 4217 code that has a minor unit the database can hold, if any. */
  public static Optional<Currency> currency(String code) {
    if (code == null || !code.matches("[A-Z]{3}")) {
      return Optional.empty();
    }
    try {
      Currency currency = Currency.getInstance(code);
      int digits = currency.getDefaultFractionDigits();
      // Codes without a minor unit (XAU, XXX) are not money a wallet can hold.
      return digits < 0 || digits > MAX_SCALE ? Optional.empty() : Optional.of(currency);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  public static int scale(String currencyCode) {
    return currency(currencyCode)
        .orElseThrow(() -> new IllegalArgumentException("Not a currency: " + currencyCode))
        .getDefaultFractionDigits();
  }

  /**
   * Why {@code amount} is not a valid amount of {@code currencyCode}, or empty when it is. Zero and
   * negative values are the caller's rule, not this one's.
   */
  public static Optional<FieldProblem> check(String field, BigDecimal amount, String currencyCode) {
    Optional<FieldProblem> bounds = checkBounds(field, amount);
    if (bounds.isPresent()) {
      return bounds;
    }
    int scale = scale(currencyCode);
    if (amount.stripTrailingZeros().scale() > scale) {
      return Optional.of(
          new FieldProblem(
              field,
              "too-many-decimals",
              currencyCode + " amounts have at most " + scale + " decimal places."));
    }
    return Optional.empty();
  }

  /**
   * Adds to {@code out} why {@code code} is not a currency an amount can be held in; returns
   * whether it is one.
   */
  public static boolean checkCurrency(String field, String code, List<FieldProblem> out) {
    if (currency(code).isPresent()) {
      return true;
    }
    out.add(
        new FieldProblem(
            field, "unknown-currency", "Must be an ISO 4217 code such as VND or USD."));
    return false;
  }

  /**
   * Adds to {@code out} why {@code amount} is not a positive amount of {@code currencyCode}; with
   * an unknown currency ({@code null}) only what holds for every currency is checked.
   */
  public static void checkPositive(
      String field, BigDecimal amount, String currencyCode, List<FieldProblem> out) {
    if (amount == null) {
      out.add(new FieldProblem(field, "required", "Is required."));
    } else if (amount.signum() <= 0) {
      out.add(new FieldProblem(field, "not-positive", "Must be more than 0."));
    } else if (currencyCode == null) {
      checkBounds(field, amount).ifPresent(out::add);
    } else {
      check(field, amount, currencyCode).ifPresent(out::add);
    }
  }

  /** The amount at its currency's scale; only for amounts that passed {@link #check}. */
  public static BigDecimal normalize(BigDecimal amount, String currencyCode) {
    return amount.setScale(scale(currencyCode), RoundingMode.UNNECESSARY);
  }

  /** The JSON form of an amount: a plain decimal string at the currency's scale. */
  public static String text(BigDecimal amount, String currencyCode) {
    return normalize(amount, currencyCode).toPlainString();
  }
}
