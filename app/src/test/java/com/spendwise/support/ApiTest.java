package com.spendwise.support;

import com.spendwise.SpendWiseApplication;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Base of the black-box API tests in local mode: one Spring context for all of them, on a database
 * of the shared test server reached through SPENDWISE_DB_URL. Tests isolate themselves by
 * registering fresh users rather than by clearing tables.
 */
@SpringBootTest(
    classes = {SpendWiseApplication.class, ApiTest.Clocks.class},
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class ApiTest {

  @LocalServerPort protected int port;
  @Autowired protected JdbcClient jdbc;
  @Autowired protected MutableClock clock;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    registry.add("spendwise.db.url", () -> TestDatabase.jdbcUrl("spendwise_api"));
    registry.add("spendwise.db.username", () -> TestDatabase.server().username());
    registry.add("spendwise.db.password", () -> TestDatabase.server().password());
    // Tests run the scheduler themselves, at the times they set on the clock.
    registry.add("spendwise.scheduler.enabled", () -> "false");
    // Small batches, so that two schedulers on one database interleave within a test's few rules.
    registry.add("spendwise.recurring.batch-size", () -> "10");
  }

  protected Api api() {
    return new Api(port);
  }

  /**
   * Pauses every recurring rule of these users. The scheduler records every user's due rules, so a
   * test that leaves rules running would have another test (at a later clock) record theirs too.
   */
  protected void stopRulesOf(Iterable<String> emails) {
    for (String email : emails) {
      jdbc.sql(
              "UPDATE recurring_transactions SET is_active = FALSE"
                  + " WHERE user_id IN (SELECT id FROM users WHERE email = ?)")
          .param(email)
          .update();
    }
  }

  /** Pauses every recurring rule of these ledgers (shared ledgers have no email to name them). */
  protected void stopRulesIn(String... ledgerIds) {
    for (String ledger : ledgerIds) {
      jdbc.sql("UPDATE recurring_transactions SET is_active = FALSE WHERE user_id = ?::uuid")
          .param(ledger)
          .update();
    }
  }

  protected static String uniqueEmail() {
    return "user-" + UUID.randomUUID() + "@example.com";
  }

  @TestConfiguration(proxyBeanMethods = false)
  public static class Clocks {

    @Bean
    @Primary
    MutableClock testClock() {
      return new MutableClock();
    }

    @Bean
    static StatementCounter statementCounter() {
      return new StatementCounter();
    }

    @Bean
    WebMvcConfigurer countStatements(StatementCounter counter) {
      return new WebMvcConfigurer() {
        @Override
        public void addInterceptors(InterceptorRegistry registry) {
          registry.addInterceptor(counter);
        }
      };
    }
  }
}
