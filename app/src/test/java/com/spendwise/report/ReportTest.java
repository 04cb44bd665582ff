package com.spendwise.report;

import static com.spendwise.report.ReportAssertions.amount;
import static com.spendwise.report.ReportAssertions.ok;
import static com.spendwise.support.UserClient.expense;
import static com.spendwise.support.UserClient.income;
import static com.spendwise.support.UserClient.transfer;
import static com.spendwise.support.UserClient.with;
import static org.assertj.core.api.Assertions.assertThat;

import com.spendwise.support.Api;
import com.spendwise.support.ApiTest;
import com.spendwise.support.ReportOracle;
import com.spendwise.support.UserClient;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Reports over a ledger in two currencies and three wallets, with transfers within and across
 * currencies, an edit and a delete, around a leap day, for a user whose today is a day ahead of
 * UTC's: each report against a brute-force recomputation from the API's own lists.
 */
class ReportTest extends ApiTest {

  // 17:30 UTC on 1 March 2028 is already 2 March in Ho Chi Minh City (UTC+7).
  private static final Instant NOW = Instant.parse("2028-03-01T17:30:00Z");
  private static final LocalDate TODAY = LocalDate.of(2028, 3, 2);

  private UserClient user;
  private String cash;
  private String bank;
  private String travel;
  private String food;
  private String salary;
  private String holiday;

  @BeforeEach
  void ledger() {
    clock.set(NOW);
    user = new UserClient(api());
    user.timeZone("Asia/Ho_Chi_Minh");
    cash = user.wallet("VND", "1000000");
    bank = user.wallet("VND", "5000000");
    travel = user.wallet("USD", "100.00");
    food =
        user.create("/api/v1/categories", Map.of("name", "Food", "type", "EXPENSE"))
            .get("id")
            .asString();
    salary =
        user.create("/api/v1/categories", Map.of("name", "Pay", "type", "INCOME"))
            .get("id")
            .asString();
    holiday = user.tag("holiday");
    String work = user.tag("work");
    record(with(income(bank, "15000000"), "categoryId", salary), "2028-01-31");
    record(with(income(bank, "15000000"), "categoryId", salary), "2028-02-29");
    record(with(expense(cash, "125000"), "categoryId", food), "2028-02-28");
    record(
        with(with(expense(cash, "80000"), "categoryId", food), "tagIds", List.of(holiday, work)),
        "2028-02-29");
    record(expense(cash, "45000"), "2028-03-01");
    record(with(expense(travel, "12.34"), "tagIds", List.of(holiday)), "2028-02-29");
    record(with(expense(travel, "7.66"), "categoryId", food), "2028-01-15");
    record(transfer(bank, cash, "2000000"), "2028-02-01");
    record(with(transfer(bank, travel, "2540000"), "targetAmount", "100.00"), "2028-02-27");
    record(income(travel, "5.00"), "2028-03-02");
    JsonNode edited = record(with(expense(cash, "999000"), "categoryId", food), "2028-02-10");
    Api.Response put =
        user.put(
            "/api/v1/transactions/" + edited.get("id").asString(),
            with(with(expense(bank, "300000"), "categoryId", food), "date", "2028-01-20"));
    assertThat(put.status()).as(put.text()).isEqualTo(200);
    JsonNode deleted = record(expense(cash, "777000"), "2028-02-15");
    assertThat(user.delete("/api/v1/transactions/" + deleted.get("id").asString()).status())
        .isEqualTo(204);
  }

  @AfterEach
  void realTime() {
    clock.set(Instant.now());
  }

  private JsonNode record(Map<String, Object> body, String date) {
    return user.record(with(body, "date", date));
  }

  @Test
  void cashFlowMatchesTheLedgerInEveryGranularity() {
    ReportOracle oracle = new ReportOracle(user);
    LocalDate from = LocalDate.of(2027, 12, 15);
    for (String granularity : List.of("day", "week", "month", "year")) {
      ReportAssertions.cashFlow(user, oracle, from, TODAY, granularity);
    }
    JsonNode months = ReportAssertions.cashFlow(user, oracle, from, TODAY, "month");
    JsonNode vnd = months.get("currencies").get(1);
    assertThat(vnd.get("currency").asString()).isEqualTo("VND");
    // February 2028, leap day included; the transfers are neither income nor expense.
    JsonNode february = vnd.get("buckets").get(2);
    assertThat(february.get("start").asString()).isEqualTo("2028-02-01");
    assertThat(february.get("end").asString()).isEqualTo("2028-02-29");
    assertThat(february.get("income").asString()).isEqualTo("15000000");
    assertThat(february.get("expense").asString()).isEqualTo("205000");
    assertThat(february.get("count").asLong()).isEqualTo(3);
    JsonNode weeks =
        ok(user.get("/api/v1/reports/cash-flow?from=2028-02-01&to=2028-02-29&granularity=WEEK"));
    // 1 Feb 2028 is a Tuesday: the first week is clipped, the next starts on Monday the 7th.
    assertThat(weeks.get("currencies").get(0).get("buckets").get(1).get("start").asString())
        .isEqualTo("2028-02-07");
  }

  @Test
  void theDefaultRangeEndsOnTheUsersTodayNotUtcs() {
    JsonNode report = ok(user.get("/api/v1/reports/cash-flow"));
    assertThat(report.get("to").asString()).isEqualTo("2028-03-02");
    assertThat(report.get("from").asString()).isEqualTo("2027-04-01");
    JsonNode usd = report.get("currencies").get(0).get("buckets");
    assertThat(usd.get(usd.size() - 1).get("income").asString()).isEqualTo("5.00");
    assertThat(usd.get(usd.size() - 1).get("income").isString())
        .as("amounts travel as decimal strings at their scale, as everywhere in the API")
        .isTrue();
  }

  @Test
  void categoriesMatchTheLedgerWithThePreviousPeriodAndAnUncategorisedLine() {
    ReportOracle oracle = new ReportOracle(user);
    JsonNode report =
        ReportAssertions.categories(
            user, oracle, LocalDate.of(2028, 2, 1), LocalDate.of(2028, 2, 29), "EXPENSE");
    ReportAssertions.categories(
        user, oracle, LocalDate.of(2028, 1, 1), LocalDate.of(2028, 3, 2), "INCOME");
    JsonNode vnd = report.get("currencies").get(1);
    assertThat(vnd.get("total").asString()).isEqualTo("205000");
    JsonNode first = vnd.get("categories").get(0);
    assertThat(first.get("name").asString()).isEqualTo("Food");
    assertThat(first.get("share").decimalValue()).isEqualByComparingTo("100.0");
    // January's 300,000 (the edited expense, moved to the bank and to 20 January) is the
    // previous period's figure.
    assertThat(first.get("previousTotal").asString()).isEqualTo("300000");
    JsonNode usd = report.get("currencies").get(0);
    assertThat(usd.get("categories").get(0).get("categoryId").isNull()).isTrue();
    assertThat(usd.get("categories").get(0).get("name").asString()).isEqualTo("Uncategorised");
  }

  @Test
  void netWorthMatchesTheLedgerAndEndsOnTodaysBalances() {
    ReportOracle oracle = new ReportOracle(user);
    for (String granularity : List.of("day", "week", "month")) {
      ReportAssertions.netWorth(user, oracle, LocalDate.of(2027, 12, 30), TODAY, granularity);
    }
    JsonNode report = ok(user.get("/api/v1/reports/net-worth?byWallet=true"));
    Map<String, BigDecimal> balances = new HashMap<>();
    oracle
        .wallets
        .values()
        .forEach(w -> balances.merge(w.currency(), w.balance(), BigDecimal::add));
    for (JsonNode series : report.get("currencies")) {
      JsonNode buckets = series.get("buckets");
      assertThat(amount(buckets.get(buckets.size() - 1), "balance"))
          .isEqualByComparingTo(balances.get(series.get("currency").asString()));
      for (JsonNode wallet : series.get("wallets")) {
        JsonNode own = wallet.get("buckets");
        assertThat(amount(own.get(own.size() - 1), "balance"))
            .isEqualByComparingTo(oracle.wallets.get(wallet.get("walletId").asString()).balance());
      }
    }
  }

  @Test
  void tagsCountAnEntryUnderEachOfItsTags() {
    ReportOracle oracle = new ReportOracle(user);
    JsonNode report =
        ReportAssertions.tags(user, oracle, LocalDate.of(2028, 1, 1), LocalDate.of(2028, 3, 2));
    assertThat(report.get("tags").size()).isEqualTo(3);
    JsonNode filtered =
        ok(user.get("/api/v1/reports/cash-flow?from=2028-02-01&to=2028-02-29&tagIds=" + holiday));
    JsonNode usd = filtered.get("currencies").get(0).get("buckets").get(0);
    assertThat(usd.get("expense").asString()).isEqualTo("12.34");
  }

  @Test
  void filtersNarrowTheFigures() {
    JsonNode onlyCash =
        ok(user.get("/api/v1/reports/cash-flow?from=2028-02-01&to=2028-03-02&walletId=" + cash));
    assertThat(ReportAssertions.currencies(onlyCash)).containsExactly("VND");
    JsonNode bucket = onlyCash.get("currencies").get(0).get("buckets").get(0);
    assertThat(bucket.get("expense").asString()).isEqualTo("205000");
    JsonNode onlyFood =
        ok(
            user.get(
                "/api/v1/reports/cash-flow?from=2028-01-01&to=2028-03-02&granularity=year"
                    + "&categoryId="
                    + food));
    assertThat(onlyFood.get("currencies").get(1).get("buckets").get(0).get("expense").asString())
        .isEqualTo("505000");
  }

  @Test
  void badParametersAreClearProblems() {
    assertProblem("/api/v1/reports/cash-flow?from=2028-03-01&to=2028-02-01", 400, "from");
    assertProblem("/api/v1/reports/cash-flow?from=2010-01-01&to=2028-02-01", 400, "to");
    assertProblem("/api/v1/reports/cash-flow?granularity=fortnight", 400, "granularity");
    assertProblem("/api/v1/reports/net-worth?convertTo=XXX", 400, "convertTo");
    assertProblem("/api/v1/reports/categories?type=TRANSFER", 400, "type");
    assertProblem("/api/v1/reports/summary?month=2028-13", 400, "month");
    assertThat(user.get("/api/v1/reports/cash-flow?from=yesterday").status()).isEqualTo(400);
  }

  @Test
  void anotherUsersIdsInAFilterAreNotFound() {
    UserClient other = new UserClient(api());
    String theirs = other.wallet("VND", "0");
    String theirTag = other.tag("mine");
    assertThat(user.get("/api/v1/reports/cash-flow?walletId=" + theirs).status()).isEqualTo(404);
    assertThat(user.get("/api/v1/reports/net-worth?walletId=" + theirs).status()).isEqualTo(404);
    assertThat(user.get("/api/v1/reports/tags?tagIds=" + theirTag).status()).isEqualTo(404);
    String theirCategory = other.category("EXPENSE");
    assertThat(user.get("/api/v1/reports/categories?categoryId=" + theirCategory).status())
        .isEqualTo(404);
    JsonNode theirView = ok(other.get("/api/v1/reports/cash-flow?from=2028-01-01"));
    assertThat(theirView.get("currencies").get(0).get("buckets").get(0).get("count").asLong())
        .isZero();
  }

  private void assertProblem(String path, int status, String field) {
    Api.Response response = user.get(path);
    assertThat(response.status()).as(response.text()).isEqualTo(status);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(UserClient.fields(response)).contains(field);
  }
}
