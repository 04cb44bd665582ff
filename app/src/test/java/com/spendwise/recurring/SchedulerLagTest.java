package com.spendwise.recurring;

import static org.assertj.core.api.Assertions.assertThat;

import com.spendwise.support.ApiTest;
import com.spendwise.support.UserClient;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The scheduler's lag as operators read it: /actuator/prometheus (and, on AWS, the alarms). */
class SchedulerLagTest extends ApiTest {

  private static final Pattern LAG =
      Pattern.compile("(?m)^spendwise_recurring_lag_seconds(?:\\{[^}]*\\})? ([0-9.Ee+-]+)$");

  @Test
  void aRecurringTransactionDueTwoDaysAgoAndNotRecordedShowsAsLag() {
    UserClient user = new UserClient(api());
    String wallet = user.wallet("VND", "1000000");
    LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    user.create(
        "/api/v1/recurring-transactions",
        Map.of(
            "type", "EXPENSE",
            "walletId", wallet,
            "amount", "1000",
            "interval", "MONTHLY",
            "startDate", today.minusDays(2).toString()));

    double lag = lag();

    assertThat(lag).as("at least two days, in seconds").isGreaterThanOrEqualTo(2 * 86_400);
    stopRulesOf(List.of(user.email()));
  }

  private double lag() {
    String metrics = api().get("/actuator/prometheus", null).text();
    Matcher m = LAG.matcher(metrics);
    assertThat(m.find())
        .as(metrics.lines().filter(l -> l.contains("spendwise")).toList().toString())
        .isTrue();
    return Double.parseDouble(m.group(1));
  }
}
