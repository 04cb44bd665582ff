package com.spendwise.report;

import com.spendwise.recurring.RecurringService;
import com.spendwise.user.UserId;
import com.spendwise.user.UserService;
import com.spendwise.wallet.WalletService;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/** The upcoming page's projection: the recurring rules' next days against today's balances. */
@Service
public class ForecastService {

  /** The horizons a person may choose, in days. */
  public static final int[] HORIZONS = {30, 60, 90};

  private final RecurringService recurring;
  private final WalletService wallets;
  private final UserService users;
  private final Clock clock;

  ForecastService(
      RecurringService recurring, WalletService wallets, UserService users, Clock clock) {
    this.recurring = recurring;
    this.wallets = wallets;
    this.users = users;
    this.clock = clock;
  }

  /**
   * The next {@code days} days from today (today included, and any occurrence already due that the
   * scheduler has not recorded yet), read in one snapshot so that balances and rules agree.
   */
  @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
  public Forecast next(UserId user, int days) {
    LocalDate today = users.get(user).today(clock);
    LocalDate until = today.plusDays(Math.max(1, Math.min(days, 366)) - 1L);
    return Forecast.of(today, until, wallets.all(user), recurring.occurrences(user, until));
  }
}
