package com.spendwise.report;

import com.spendwise.report.internal.ExchangeRateRepository;
import com.spendwise.user.UserId;
import org.springframework.stereotype.Service;

/**
 * A backup's exchange rates going back in (for the exchange module's restore): as the backup has
 * them, under new ids.
 */
@Service
public class ExchangeRateRestore {

  private final ExchangeRateRepository rates;

  ExchangeRateRestore(ExchangeRateRepository rates) {
    this.rates = rates;
  }

  /** Removes the user's rates, which a restore replaces. */
  public void removeAll(UserId user) {
    rates.deleteAll(user);
  }

  public void restore(UserId user, ExchangeRate rate) {
    rates.restore(user, rate);
  }
}
