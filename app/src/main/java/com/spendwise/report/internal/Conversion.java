package com.spendwise.report.internal;

import com.spendwise.report.ExchangeRate;
import com.spendwise.shared.Money;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Converts amounts into one target currency with a user's rates: for a currency on a day, the
 * latest rate on or before that day, either direct (currency to target) or the inverse of the
 * opposite pair; on one day a direct rate wins. Products and inverses keep 34 significant digits;
 * only a report's final figures are rounded (half-even, to the target's scale), once.
 */
public final class Conversion {

  private final String target;
  private final Map<String, List<Factor>> factors = new HashMap<>();

  private record Factor(LocalDate date, BigDecimal value, boolean direct) {}

  /** {@code rates}: every rate involving the target, in date order. */
  public Conversion(String target, List<ExchangeRate> rates) {
    this.target = target;
    for (ExchangeRate rate : rates) {
      boolean direct = rate.quote().equals(target);
      String other = direct ? rate.base() : rate.quote();
      BigDecimal value =
          direct ? rate.rate() : BigDecimal.ONE.divide(rate.rate(), MathContext.DECIMAL128);
      factors
          .computeIfAbsent(other, c -> new ArrayList<>())
          .add(new Factor(rate.date(), value, direct));
    }
  }

  public String target() {
    return target;
  }

  /** How many target units one unit of {@code currency} is worth on {@code day}, if known. */
  public Optional<BigDecimal> factor(String currency, LocalDate day) {
    if (currency.equals(target)) {
      return Optional.of(BigDecimal.ONE);
    }
    Factor best = null;
    for (Factor f : factors.getOrDefault(currency, List.of())) {
      if (f.date().isAfter(day)) {
        break;
      }
      if (best == null || f.date().isAfter(best.date()) || f.direct()) {
        best = f;
      }
    }
    return Optional.ofNullable(best).map(Factor::value);
  }

  /** {@code amount} of {@code currency} in the target currency, unrounded; empty without a rate. */
  public Optional<BigDecimal> convert(BigDecimal amount, String currency, LocalDate day) {
    if (amount.signum() == 0) {
      return Optional.of(BigDecimal.ZERO);
    }
    return factor(currency, day).map(f -> amount.multiply(f, MathContext.DECIMAL128));
  }

  /** A converted total as the report shows it: at the target's scale, rounded half-even once. */
  public BigDecimal rounded(BigDecimal total) {
    return total.setScale(Money.scale(target), RoundingMode.HALF_EVEN);
  }
}
