package com.spendwise.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.spendwise.support.Api;
import com.spendwise.support.ReportOracle;
import com.spendwise.support.UserClient;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** Each report endpoint against the brute-force {@link ReportOracle}, for the tests to share. */
final class ReportAssertions {

  private ReportAssertions() {}

  static JsonNode ok(Api.Response response) {
    assertThat(response.status()).as(response.text()).isEqualTo(200);
    return response.json();
  }

  static BigDecimal amount(JsonNode node, String field) {
    return new BigDecimal(node.get(field).asString());
  }

  /** Buckets cover [from, to] without gaps or overlaps, in order. */
  static void contiguous(JsonNode buckets, LocalDate from, LocalDate to) {
    LocalDate expected = from;
    for (JsonNode b : buckets) {
      assertThat(LocalDate.parse(b.get("start").asString())).isEqualTo(expected);
      LocalDate end = LocalDate.parse(b.get("end").asString());
      assertThat(end).isAfterOrEqualTo(expected);
      expected = end.plusDays(1);
    }
    assertThat(expected).isEqualTo(to.plusDays(1));
  }

  static JsonNode cashFlow(
      UserClient user, ReportOracle oracle, LocalDate from, LocalDate to, String granularity) {
    JsonNode report =
        ok(
            user.get(
                "/api/v1/reports/cash-flow?from="
                    + from
                    + "&to="
                    + to
                    + "&granularity="
                    + granularity));
    Map<String, Map<LocalDate, Object[]>> expected = oracle.cashFlow(from, to, granularity);
    Map<String, JsonNode> series = new HashMap<>();
    report.get("currencies").forEach(s -> series.put(s.get("currency").asString(), s));
    assertThat(series.keySet()).containsAll(expected.keySet());
    for (Map.Entry<String, JsonNode> s : series.entrySet()) {
      JsonNode buckets = s.getValue().get("buckets");
      contiguous(buckets, from, to);
      Map<LocalDate, Object[]> sums = expected.getOrDefault(s.getKey(), Map.of());
      for (JsonNode b : buckets) {
        LocalDate key =
            ReportOracle.periodStart(LocalDate.parse(b.get("start").asString()), granularity);
        Object[] want = sums.getOrDefault(key, new Object[] {BigDecimal.ZERO, BigDecimal.ZERO, 0L});
        String where = s.getKey() + " " + key;
        assertThat(amount(b, "income")).as(where).isEqualByComparingTo((BigDecimal) want[0]);
        assertThat(amount(b, "expense")).as(where).isEqualByComparingTo((BigDecimal) want[1]);
        assertThat(amount(b, "net"))
            .as(where)
            .isEqualByComparingTo(((BigDecimal) want[0]).subtract((BigDecimal) want[1]));
        assertThat(b.get("count").asLong()).as(where).isEqualTo((Long) want[2]);
      }
    }
    return report;
  }

  static JsonNode categories(
      UserClient user, ReportOracle oracle, LocalDate from, LocalDate to, String type) {
    JsonNode report =
        ok(user.get("/api/v1/reports/categories?from=" + from + "&to=" + to + "&type=" + type));
    long days = to.toEpochDay() - from.toEpochDay() + 1;
    LocalDate previousFrom = from.minusDays(days);
    assertThat(report.get("previousFrom").asString()).isEqualTo(previousFrom.toString());
    assertThat(report.get("previousTo").asString()).isEqualTo(from.minusDays(1).toString());
    Map<String, Map<String, Object[]>> now = oracle.categories(from, to, type);
    Map<String, Map<String, Object[]>> before =
        oracle.categories(previousFrom, from.minusDays(1), type);
    int sections = 0;
    for (JsonNode section : report.get("currencies")) {
      sections++;
      String currency = section.get("currency").asString();
      Map<String, Object[]> current = now.getOrDefault(currency, new HashMap<>());
      Map<String, Object[]> previous = before.getOrDefault(currency, new HashMap<>());
      int lines = 0;
      BigDecimal total = BigDecimal.ZERO;
      for (JsonNode line : section.get("categories")) {
        lines++;
        JsonNode id = line.get("categoryId");
        String key = id == null || id.isNull() ? null : id.asString();
        Object[] want = current.getOrDefault(key, new Object[] {BigDecimal.ZERO, 0L});
        Object[] was = previous.getOrDefault(key, new Object[] {BigDecimal.ZERO, 0L});
        assertThat(amount(line, "total"))
            .as(currency + " " + key)
            .isEqualByComparingTo((BigDecimal) want[0]);
        assertThat(line.get("count").asLong()).isEqualTo((Long) want[1]);
        assertThat(amount(line, "previousTotal")).isEqualByComparingTo((BigDecimal) was[0]);
        assertThat(line.get("previousCount").asLong()).isEqualTo((Long) was[1]);
        assertThat(amount(line, "change"))
            .isEqualByComparingTo(((BigDecimal) want[0]).subtract((BigDecimal) was[0]));
        if (key == null) {
          assertThat(line.get("name").asString()).isEqualTo("Uncategorised");
        }
        total = total.add((BigDecimal) want[0]);
      }
      Set<String> keys = new HashSet<>(current.keySet());
      keys.addAll(previous.keySet());
      assertThat(lines).as(currency + " lines").isEqualTo(keys.size());
      assertThat(amount(section, "total")).isEqualByComparingTo(total);
    }
    Set<String> currencies = new HashSet<>(now.keySet());
    currencies.addAll(before.keySet());
    assertThat(sections).isEqualTo(currencies.size());
    return report;
  }

  static JsonNode netWorth(
      UserClient user, ReportOracle oracle, LocalDate from, LocalDate to, String granularity) {
    JsonNode report =
        ok(
            user.get(
                "/api/v1/reports/net-worth?from="
                    + from
                    + "&to="
                    + to
                    + "&granularity="
                    + granularity
                    + "&byWallet=true"));
    for (JsonNode s : report.get("currencies")) {
      contiguous(s.get("buckets"), from, to);
      for (JsonNode b : s.get("buckets")) {
        LocalDate end = LocalDate.parse(b.get("end").asString());
        assertThat(amount(b, "balance"))
            .as(s.get("currency").asString() + " on " + end)
            .isEqualByComparingTo(oracle.netWorth(end).get(s.get("currency").asString()));
      }
    }
    return report;
  }

  static JsonNode tags(UserClient user, ReportOracle oracle, LocalDate from, LocalDate to) {
    JsonNode report = ok(user.get("/api/v1/reports/tags?from=" + from + "&to=" + to));
    Map<String, Object[]> want = oracle.tags(from, to);
    Map<String, Object[]> got = new HashMap<>();
    for (JsonNode line : report.get("tags")) {
      got.put(
          line.get("tagId").asString() + "/" + line.get("currency").asString(),
          new Object[] {
            amount(line, "income"), amount(line, "expense"), line.get("count").asLong()
          });
    }
    assertThat(got.keySet()).isEqualTo(want.keySet());
    want.forEach(
        (key, sums) -> {
          assertThat((BigDecimal) got.get(key)[0]).isEqualByComparingTo((BigDecimal) sums[0]);
          assertThat((BigDecimal) got.get(key)[1]).isEqualByComparingTo((BigDecimal) sums[1]);
          assertThat(got.get(key)[2]).isEqualTo(sums[2]);
        });
    return report;
  }

  static List<String> currencies(JsonNode report) {
    return report.get("currencies").valueStream().map(s -> s.get("currency").asString()).toList();
  }
}
