package com.spendwise.recurring;

import static org.assertj.core.api.Assertions.assertThat;

import com.spendwise.SpendWiseApplication;
import com.spendwise.support.ApiTest;
import com.spendwise.support.Balances;
import com.spendwise.support.MutableClock;
import com.spendwise.support.TestDatabase;
import com.spendwise.support.UserClient;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;

/**
 * Two instances of the service (this test's application context and a second one started here) on
 * one database: every due occurrence is recorded exactly once, whoever gets there, and an instance
 * that stops in the middle of a catch-up leaves nothing for the other to repeat.
 */
class TwoSchedulersTest extends ApiTest {

  private static final Logger log = LoggerFactory.getLogger(TwoSchedulersTest.class);
  private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");

  private static final MutableClock secondClock = new MutableClock();
  private static ConfigurableApplicationContext second;

  @Autowired RecurringService first;

  @BeforeAll
  static void startSecondInstance() {
    second =
        new SpringApplicationBuilder(SpendWiseApplication.class)
            .initializers(
                context ->
                    ((GenericApplicationContext) context)
                        .registerBean(
                            "secondClock",
                            Clock.class,
                            () -> secondClock,
                            definition -> definition.setPrimary(true)))
            .run(
                "--server.port=0",
                "--spring.main.banner-mode=off",
                "--spendwise.db.url=" + TestDatabase.jdbcUrl("spendwise_api"),
                "--spendwise.db.username=" + TestDatabase.server().username(),
                "--spendwise.db.password=" + TestDatabase.server().password(),
                "--spendwise.scheduler.enabled=false",
                "--spendwise.recurring.batch-size=10",
                // A run stops after this many occurrences: the "restart" test relies on it.
                "--spendwise.recurring.max-occurrences-per-run=500");
  }

  @AfterAll
  static void stopSecondInstance() {
    second.close();
  }

  @BeforeEach
  void today() {
    setClocks(NOW);
  }

  @AfterEach
  void pauseEverything() {
    jdbc.sql("UPDATE recurring_transactions SET is_active = FALSE").update();
    setClocks(Instant.now());
  }

  private void setClocks(Instant instant) {
    clock.set(instant);
    Clock other = second.getBean(Clock.class);
    assertThat(other)
        .as("the second instance's clock can be moved")
        .isInstanceOf(MutableClock.class);
    ((MutableClock) other).set(instant);
  }

  /** Users with five rules each, all due since 1 October; returns rule id to expected dates. */
  private Map<UUID, List<LocalDate>> dueRules(int users, List<UUID> wallets) {
    Map<UUID, List<LocalDate>> expected = new LinkedHashMap<>();
    LocalDate today = LocalDate.of(2026, 11, 20);
    String[][] shapes = {
      {"DAILY", "1"}, {"DAILY", "2"}, {"WEEKLY", "1"}, {"MONTHLY", "1"}, {"YEARLY", "1"}
    };
    for (int u = 0; u < users; u++) {
      UserClient user = new UserClient(api());
      String wallet = user.wallet("USD", "0");
      wallets.add(UUID.fromString(wallet));
      for (String[] shape : shapes) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "INCOME");
        body.put("walletId", wallet);
        body.put("amount", "1");
        body.put("interval", shape[0]);
        body.put("every", Integer.parseInt(shape[1]));
        body.put("startDate", "2026-10-01");
        UUID id =
            UUID.fromString(
                user.create("/api/v1/recurring-transactions", body).get("id").asString());
        Schedule schedule =
            new Schedule(
                Interval.valueOf(shape[0]),
                Integer.parseInt(shape[1]),
                LocalDate.of(2026, 10, 1),
                null);
        List<LocalDate> dates = new ArrayList<>();
        for (LocalDate d = schedule.start(); !d.isAfter(today); d = schedule.after(d)) {
          dates.add(d);
        }
        expected.put(id, dates);
      }
    }
    return expected;
  }

  private void assertExactlyOnce(Map<UUID, List<LocalDate>> expected, List<UUID> wallets) {
    for (Map.Entry<UUID, List<LocalDate>> rule : expected.entrySet()) {
      List<LocalDate> recorded =
          jdbc.sql("SELECT date FROM transactions WHERE recurring_transaction_id = ? ORDER BY date")
              .param(rule.getKey())
              .query(LocalDate.class)
              .list();
      assertThat(recorded).as("rule " + rule.getKey()).containsExactlyElementsOf(rule.getValue());
    }
    assertThat(Balances.mismatches(jdbc, wallets)).isEmpty();
  }

  private static int total(Map<UUID, List<LocalDate>> expected) {
    return expected.values().stream().mapToInt(List::size).sum();
  }

  @Test
  void twoInstancesRunningAtOnceRecordEachOccurrenceExactlyOnce() throws Exception {
    List<UUID> wallets = new ArrayList<>();
    Map<UUID, List<LocalDate>> expected = dueRules(40, wallets);
    RecurringService other = second.getBean(RecurringService.class);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    CountDownLatch start = new CountDownLatch(1);
    Future<RecurringRun> a =
        pool.submit(
            () -> {
              start.await();
              return first.runDue();
            });
    Future<RecurringRun> b =
        pool.submit(
            () -> {
              start.await();
              return other.runDue();
            });
    start.countDown();
    int byFirst = a.get().recorded();
    int bySecond = b.get().recorded();
    pool.shutdown();
    log.info("First instance recorded {}, second {}", byFirst, bySecond);

    assertThat(byFirst + bySecond).isEqualTo(total(expected));
    assertThat(byFirst).isPositive();
    assertThat(bySecond).isPositive();
    assertExactlyOnce(expected, wallets);
    assertThat(first.runDue().recorded()).isZero();
    assertThat(other.runDue().recorded()).isZero();
  }

  @Test
  void anInstanceStoppingMidCatchUpLeavesNothingToRepeat() {
    List<UUID> wallets = new ArrayList<>();
    Map<UUID, List<LocalDate>> expected = dueRules(30, wallets);
    RecurringService other = second.getBean(RecurringService.class);

    int before = other.runDue().recorded();
    int after = first.runDue().recorded();

    assertThat(before).isBetween(500, total(expected) - 1);
    assertThat(before + after).isEqualTo(total(expected));
    assertExactlyOnce(expected, wallets);
  }
}
