package com.spendwise.recurring;

import static org.assertj.core.api.Assertions.assertThat;

import com.spendwise.support.ApiTest;
import com.spendwise.support.Balances;
import com.spendwise.support.UserClient;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Runs the scheduler over four simulated years, with the clock jumping 1 to 45 days at a time (so
 * some runs catch up many occurrences), and compares every rule's transactions with dates computed
 * here independently of {@link Schedule}: from year-month arithmetic, clamping to month ends.
 */
class ScheduleSimulationTest extends ApiTest {

  private static final Logger log = LoggerFactory.getLogger(ScheduleSimulationTest.class);

  @Autowired RecurringService scheduler;

  @AfterEach
  void pauseEverything() {
    jdbc.sql("UPDATE recurring_transactions SET is_active = FALSE").update();
    clock.set(Instant.now());
  }

  record Case(String interval, int every, String start) {}

  @Test
  void fourYearsOfOccurrencesFallExactlyWhereTheCalendarSays() {
    long seed = Long.getLong("spendwise.simulation.seed", new Random().nextLong());
    log.info("Simulation seed {} (replay with -Dspendwise.simulation.seed={})", seed, seed);
    Random random = new Random(seed);
    clock.set(Instant.parse("2023-12-20T12:00:00Z"));
    UserClient user = new UserClient(api());
    String wallet = user.wallet("USD", "0");
    List<Case> cases =
        List.of(
            new Case("MONTHLY", 1, "2024-01-31"),
            new Case("MONTHLY", 1, "2024-01-30"),
            new Case("MONTHLY", 1, "2024-02-29"),
            new Case("MONTHLY", 3, "2024-05-31"),
            new Case("YEARLY", 1, "2024-02-29"),
            new Case("YEARLY", 2, "2023-12-31"),
            new Case("WEEKLY", 2, "2024-01-01"),
            new Case("WEEKLY", 1, "2024-02-29"),
            new Case("DAILY", 3, "2023-12-25"),
            new Case("DAILY", 1, "2027-12-25"));
    Map<String, Case> rules = new LinkedHashMap<>();
    for (Case c : cases) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("type", "INCOME");
      body.put("walletId", wallet);
      body.put("amount", "1");
      body.put("interval", c.interval());
      body.put("every", c.every());
      body.put("startDate", c.start());
      rules.put(user.create("/api/v1/recurring-transactions", body).get("id").asString(), c);
    }

    LocalDate end = LocalDate.of(2028, 3, 15);
    while (LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).isBefore(end)) {
      clock.advance(Duration.ofDays(1 + random.nextInt(45)));
      scheduler.runDue();
    }
    LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);

    long total = 0;
    for (Map.Entry<String, Case> rule : rules.entrySet()) {
      List<LocalDate> recorded =
          jdbc.sql(
                  "SELECT date FROM transactions WHERE recurring_transaction_id = CAST(? AS uuid)"
                      + " ORDER BY date")
              .param(rule.getKey())
              .query(LocalDate.class)
              .list();
      List<LocalDate> expected = expected(rule.getValue(), today);
      assertThat(recorded).as(rule.getValue().toString()).containsExactlyElementsOf(expected);
      total += expected.size();
    }
    user.signIn();
    assertThat(user.balance(wallet)).isEqualTo(total + ".00");
    assertThat(Balances.mismatches(jdbc, List.of(UUID.fromString(wallet)))).isEmpty();
  }

  /** Occurrence k: the anchor's day in the month k × every months on, or that month's last day. */
  private static List<LocalDate> expected(Case c, LocalDate today) {
    LocalDate anchor = LocalDate.parse(c.start());
    List<LocalDate> dates = new ArrayList<>();
    for (int k = 0; ; k++) {
      LocalDate date;
      switch (c.interval()) {
        case "DAILY":
          date = anchor.plusDays((long) k * c.every());
          break;
        case "WEEKLY":
          date = anchor.plusDays(7L * k * c.every());
          break;
        default:
          int months = k * c.every() * (c.interval().equals("YEARLY") ? 12 : 1);
          YearMonth month = YearMonth.from(anchor).plusMonths(months);
          date = month.atDay(Math.min(anchor.getDayOfMonth(), month.lengthOfMonth()));
      }
      if (date.isAfter(today)) {
        return dates;
      }
      dates.add(date);
    }
  }
}
