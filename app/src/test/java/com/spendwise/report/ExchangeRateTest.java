package com.spendwise.report;

import static com.spendwise.report.ReportAssertions.ok;
import static com.spendwise.support.UserClient.expense;
import static com.spendwise.support.UserClient.income;
import static com.spendwise.support.UserClient.with;
import static org.assertj.core.api.Assertions.assertThat;

import com.spendwise.support.Api;
import com.spendwise.support.ApiTest;
import com.spendwise.support.UserClient;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ExchangeRateTest extends ApiTest {

  private static final String PATH = "/api/v1/exchange-rates";

  private static Map<String, Object> rate(String base, String quote, String rate, String date) {
    return Map.of("base", base, "quote", quote, "rate", rate, "date", date);
  }

  @Test
  void ratesAreCreatedReadReplacedListedAndDeleted() {
    UserClient user = new UserClient(api());
    JsonNode created = user.create(PATH, rate("USD", "VND", "25350.50", "2026-11-01"));
    String id = created.get("id").asString();
    assertThat(created.get("rate").asString()).isEqualTo("25350.5");

    Api.Response replaced =
        user.put(
            PATH + "/" + id,
            rate("USD", "VND", "25400", "2026-11-02"),
            Map.of("If-Match", "\"0\""));
    assertThat(replaced.status()).as(replaced.text()).isEqualTo(200);
    assertThat(replaced.header("ETag")).isEqualTo("\"1\"");
    Api.Response stale =
        user.put(
            PATH + "/" + id, rate("USD", "VND", "1", "2026-11-02"), Map.of("If-Match", "\"0\""));
    assertThat(stale.status()).isEqualTo(412);
    assertThat(user.post(PATH, rate("USD", "VND", "1", "2026-11-02")).status()).isEqualTo(409);

    user.create(PATH, rate("EUR", "VND", "27000", "2026-11-01"));
    JsonNode first = ok(user.get(PATH + "?limit=1"));
    assertThat(first.get("items")).hasSize(1);
    JsonNode second = ok(user.get(PATH + "?limit=1&cursor=" + first.get("nextCursor").asString()));
    assertThat(second.get("items").get(0).get("id").asString()).isEqualTo(id);

    assertThat(user.delete(PATH + "/" + id).status()).isEqualTo(204);
    assertThat(user.get(PATH + "/" + id).status()).isEqualTo(404);
    UserClient other = new UserClient(api());
    String eur = first.get("items").get(0).get("id").asString();
    assertThat(other.get(PATH + "/" + eur).status()).isEqualTo(404);
    assertThat(other.delete(PATH + "/" + eur).status()).isEqualTo(404);
    assertThat(user.get(PATH + "/" + eur).status()).isEqualTo(200);
  }

  @Test
  void badRatesAreRefusedWithEveryProblem() {
    UserClient user = new UserClient(api());
    Api.Response bad = user.post(PATH, rate("USD", "USD", "0", "2026-11-01"));
    assertThat(bad.status()).isEqualTo(400);
    assertThat(UserClient.fields(bad)).containsExactlyInAnyOrder("quote", "rate");
    Api.Response precise = user.post(PATH, rate("USD", "VND", "25350.1234567891", "2026-11-01"));
    assertThat(UserClient.fields(precise)).containsExactly("rate");
    Api.Response unknown = user.post(PATH, Map.of("base", "ABC", "quote", "VND"));
    assertThat(UserClient.fields(unknown)).containsExactlyInAnyOrder("base", "rate", "date");
    assertThat(ok(user.get(PATH)).get("items")).isEmpty();
  }

  @Test
  void reportsConvertWithTheLatestRateOfEachBucketDirectOrInverse() {
    UserClient user = new UserClient(api());
    String vnd = user.wallet("VND", "0");
    String usd = user.wallet("USD", "0");
    String eur = user.wallet("EUR", "0");
    user.record(with(income(vnd, "1000000"), "date", "2026-10-10"));
    user.record(with(expense(usd, "10.00"), "date", "2026-10-10"));
    user.record(with(expense(usd, "1.01"), "date", "2026-11-10"));
    user.record(with(income(eur, "5.00"), "date", "2026-11-10"));
    // October: a direct USD rate; November: a later inverse one (1 VND = 0.00004 USD) wins.
    user.create(PATH, rate("USD", "VND", "25000", "2026-10-01"));
    user.create(PATH, rate("VND", "USD", "0.00004", "2026-11-01"));
    user.create(PATH, rate("USD", "VND", "99999", "2026-12-01"));

    JsonNode report =
        ok(user.get("/api/v1/reports/cash-flow?from=2026-10-01&to=2026-11-30&convertTo=VND"));

    JsonNode converted = report.get("converted");
    assertThat(converted.get("currency").asString()).isEqualTo("VND");
    JsonNode october = converted.get("buckets").get(0);
    assertThat(october.get("income").asString()).isEqualTo("1000000");
    assertThat(october.get("expense").asString()).isEqualTo("250000");
    assertThat(october.get("net").asString()).isEqualTo("750000");
    // 1.01 USD / 0.00004 = 25,250 VND exactly.
    JsonNode november = converted.get("buckets").get(1);
    assertThat(november.get("expense").asString()).isEqualTo("25250");
    assertThat(november.get("count").asLong()).isEqualTo(1);
    assertThat(report.get("unconverted")).hasSize(1);
    assertThat(report.get("unconverted").get(0).asString()).isEqualTo("EUR");
    assertThat(ReportAssertions.currencies(report)).containsExactly("EUR", "USD", "VND");
  }

  @Test
  void convertedAmountsAreRoundedHalfEvenOnceAtTheEnd() {
    UserClient user = new UserClient(api());
    String vnd = user.wallet("VND", "0");
    String usd = user.wallet("USD", "0");
    user.record(with(expense(vnd, "1"), "date", "2026-11-10"));
    user.record(with(expense(vnd, "1"), "date", "2026-11-11"));
    user.record(with(expense(vnd, "1"), "date", "2026-11-12"));
    user.create(PATH, rate("VND", "USD", "0.005", "2026-11-01"));

    JsonNode report =
        ok(
            user.get(
                "/api/v1/reports/cash-flow?from=2026-11-01&to=2026-11-30&convertTo=USD"
                    + "&walletId="
                    + vnd
                    + "&walletId="
                    + usd));

    // 3 VND x 0.005 = 0.015 USD: rounded once, half-even, to 0.02 (per entry it would be 0.00).
    assertThat(report.get("converted").get("buckets").get(0).get("expense").asString())
        .isEqualTo("0.02");
    JsonNode worth =
        ok(user.get("/api/v1/reports/net-worth?from=2026-11-01&to=2026-11-30&convertTo=USD"));
    assertThat(worth.get("converted").get("buckets").get(0).get("balance").asString())
        .isEqualTo("-0.02");
    assertThat(worth.get("unconverted")).isEmpty();
  }
}
