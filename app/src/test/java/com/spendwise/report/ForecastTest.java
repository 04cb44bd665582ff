package com.spendwise.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.spendwise.recurring.RecurringService;
import com.spendwise.support.ApiTest;
import com.spendwise.support.UserClient;
import com.spendwise.user.UserId;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The upcoming page's projection is what the scheduler then records. */
class ForecastTest extends ApiTest {

  @Autowired ForecastService forecasts;
  @Autowired RecurringService recurring;

  private final List<String> emails = new ArrayList<>();

  @AfterEach
  void realTime() {
    stopRulesOf(emails);
    clock.set(Instant.now());
  }

  private static Map<String, Object> rule(
      String type, String wallet, String amount, String interval, int every, String start) {
    return Map.of(
        "type", type,
        "walletId", wallet,
        "amount", amount,
        "note", type + " " + interval,
        "interval", interval,
        "every", every,
        "startDate", start);
  }

  /**
   * The scheduler records every user's due rules, so the test lives in a month that no other test's
   * rule reaches (they start in 2026 or later): running it does not record theirs too.
   */
  @Test
  void theProjectionOfThirtyDaysIsWhatTheSchedulerRecordsWhenTheyHavePassed() {
    clock.set(Instant.parse("2025-03-05T03:00:00Z"));
    UserClient user = new UserClient(api());
    emails.add(user.email());
    String cash = user.wallet("VND", "5000000");
    String dollars = user.wallet("USD", "100.00");
    user.create(
        "/api/v1/recurring-transactions", rule("EXPENSE", cash, "45000", "DAILY", 3, "2025-02-28"));
    user.create(
        "/api/v1/recurring-transactions",
        rule("INCOME", cash, "15000000", "MONTHLY", 1, "2025-03-25"));
    user.create(
        "/api/v1/recurring-transactions",
        rule("EXPENSE", dollars, "9.99", "WEEKLY", 1, "2025-03-07"));
    user.create(
        "/api/v1/recurring-transactions",
        rule("EXPENSE", cash, "1200000", "MONTHLY", 1, "2025-04-10"));
    UserId id =
        new UserId(
            jdbc.sql("SELECT id FROM users WHERE email = ?")
                .param(user.email())
                .query(UUID.class)
                .single());
    recurring.runDue();

    Forecast forecast = forecasts.next(id, 30);

    assertThat(forecast.today()).isEqualTo(LocalDate.of(2025, 3, 5));
    assertThat(forecast.until()).isEqualTo(LocalDate.of(2025, 4, 3));
    List<String> projected = new ArrayList<>();
    forecast
        .days()
        .forEach(d -> d.items().forEach(i -> projected.add(d.date() + " " + i.change())));
    assertThat(projected)
        .contains("2025-03-06 -45000", "2025-03-25 15000000", "2025-03-07 -9.99")
        .doesNotContain("2025-04-10 -1200000");

    clock.advance(Duration.ofDays(29));
    recurring.runDue();

    List<String> recorded =
        jdbc.sql(
                "SELECT t.date || ' ' || CASE WHEN t.type = 'INCOME' THEN t.amount ELSE -t.amount END"
                    + " FROM transactions t WHERE t.user_id = ? AND t.date >= DATE '2025-03-05'"
                    + " ORDER BY t.date")
            .param(id.value())
            .query(String.class)
            .list();
    assertThat(recorded.stream().map(ForecastTest::normalised).sorted().toList())
        .isEqualTo(projected.stream().map(ForecastTest::normalised).sorted().toList());
    for (Forecast.Balance end : forecast.end()) {
      // The token of the morning has expired 29 days on: the balance is read from its table.
      assertThat(
              jdbc.sql("SELECT balance FROM wallets WHERE id = ?")
                  .param(end.wallet().id().value())
                  .query(BigDecimal.class)
                  .single())
          .as(end.wallet().currency())
          .isEqualByComparingTo(end.balance());
    }
  }

  private static String normalised(String dateAndAmount) {
    String[] parts = dateAndAmount.split(" ");
    return parts[0] + " " + new BigDecimal(parts[1]).stripTrailingZeros().toPlainString();
  }
}
