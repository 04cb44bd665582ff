package com.spendwise.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;

/**
 * Reports recomputed by brute force from what the API lists (every transaction through {@code GET
 * /transactions}, every wallet through {@code GET /wallets}), to check the report endpoints
 * against. Deliberately simple: loops over every entry, no SQL, no aggregates.
 */
public final class ReportOracle {

  /** A transaction as the list gives it. */
  public record Entry(
      String type,
      BigDecimal amount,
      String source,
      String target,
      BigDecimal targetAmount,
      String category,
      LocalDate date,
      List<String> tags) {}

  public record Wallet(String id, String currency, BigDecimal opening, BigDecimal balance) {}

  public final List<Entry> entries = new ArrayList<>();
  public final Map<String, Wallet> wallets = new HashMap<>();

  public ReportOracle(UserClient user) {
    String cursor = null;
    do {
      JsonNode page =
          ok(
              user.get(
                  "/api/v1/transactions?limit=200" + (cursor == null ? "" : "&cursor=" + cursor)));
      for (JsonNode t : page.get("items")) {
        List<String> tags = new ArrayList<>();
        t.get("tagIds").forEach(tag -> tags.add(tag.asString()));
        entries.add(
            new Entry(
                t.get("type").asString(),
                new BigDecimal(t.get("amount").asString()),
                text(t, "sourceWalletId"),
                text(t, "targetWalletId"),
                text(t, "targetAmount") == null
                    ? null
                    : new BigDecimal(t.get("targetAmount").asString()),
                text(t, "categoryId"),
                LocalDate.parse(t.get("date").asString()),
                tags));
      }
      cursor = text(page, "nextCursor");
    } while (cursor != null);
    cursor = null;
    do {
      JsonNode page =
          ok(user.get("/api/v1/wallets?limit=200" + (cursor == null ? "" : "&cursor=" + cursor)));
      for (JsonNode w : page.get("items")) {
        wallets.put(
            w.get("id").asString(),
            new Wallet(
                w.get("id").asString(),
                w.get("currency").asString(),
                new BigDecimal(w.get("openingBalance").asString()),
                new BigDecimal(w.get("balance").asString())));
      }
      cursor = text(page, "nextCursor");
    } while (cursor != null);
  }

  /** The wallet whose currency an income or expense is in. */
  public String walletOf(Entry e) {
    return e.type().equals("INCOME") ? e.target() : e.source();
  }

  public String currencyOf(Entry e) {
    return wallets.get(walletOf(e)).currency();
  }

  /** The first day of the period of {@code granularity} that {@code date} falls in. */
  public static LocalDate periodStart(LocalDate date, String granularity) {
    return switch (granularity) {
      case "day" -> date;
      case "week" -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      case "month" -> date.withDayOfMonth(1);
      default -> date.withDayOfYear(1);
    };
  }

  /**
   * Income, expense and count per currency and period start, for entries in [from, to]; transfers
   * are not counted.
   */
  public Map<String, Map<LocalDate, Object[]>> cashFlow(
      LocalDate from, LocalDate to, String granularity) {
    Map<String, Map<LocalDate, Object[]>> out = new TreeMap<>();
    for (Entry e : entries) {
      if (e.type().equals("TRANSFER") || e.date().isBefore(from) || e.date().isAfter(to)) {
        continue;
      }
      Object[] sums =
          out.computeIfAbsent(currencyOf(e), c -> new TreeMap<>())
              .computeIfAbsent(
                  periodStart(e.date(), granularity),
                  d -> new Object[] {BigDecimal.ZERO, BigDecimal.ZERO, 0L});
      int index = e.type().equals("INCOME") ? 0 : 1;
      sums[index] = ((BigDecimal) sums[index]).add(e.amount());
      sums[2] = (Long) sums[2] + 1;
    }
    return out;
  }

  /** Total and count per currency and category (null key: uncategorised) of one type. */
  public Map<String, Map<String, Object[]>> categories(LocalDate from, LocalDate to, String type) {
    Map<String, Map<String, Object[]>> out = new TreeMap<>();
    for (Entry e : entries) {
      if (!e.type().equals(type) || e.date().isBefore(from) || e.date().isAfter(to)) {
        continue;
      }
      Object[] sums =
          out.computeIfAbsent(currencyOf(e), c -> new HashMap<>())
              .computeIfAbsent(e.category(), c -> new Object[] {BigDecimal.ZERO, 0L});
      sums[0] = ((BigDecimal) sums[0]).add(e.amount());
      sums[1] = (Long) sums[1] + 1;
    }
    return out;
  }

  /** The sum of balances per currency at the end of {@code day}. */
  public Map<String, BigDecimal> netWorth(LocalDate day) {
    Map<String, BigDecimal> out = new TreeMap<>();
    wallets.values().forEach(w -> out.merge(w.currency(), w.opening(), BigDecimal::add));
    for (Entry e : entries) {
      if (e.date().isAfter(day)) {
        continue;
      }
      if (e.source() != null) {
        out.merge(wallets.get(e.source()).currency(), e.amount().negate(), BigDecimal::add);
      }
      if (e.target() != null) {
        BigDecimal arrived = e.targetAmount() != null ? e.targetAmount() : e.amount();
        out.merge(wallets.get(e.target()).currency(), arrived, BigDecimal::add);
      }
    }
    return out;
  }

  /** Income, expense and count per "tag/currency", an entry counting under each of its tags. */
  public Map<String, Object[]> tags(LocalDate from, LocalDate to) {
    Map<String, Object[]> out = new TreeMap<>();
    for (Entry e : entries) {
      if (e.type().equals("TRANSFER") || e.date().isBefore(from) || e.date().isAfter(to)) {
        continue;
      }
      for (String tag : e.tags()) {
        Object[] sums =
            out.computeIfAbsent(
                tag + "/" + currencyOf(e),
                k -> new Object[] {BigDecimal.ZERO, BigDecimal.ZERO, 0L});
        int index = e.type().equals("INCOME") ? 0 : 1;
        sums[index] = ((BigDecimal) sums[index]).add(e.amount());
        sums[2] = (Long) sums[2] + 1;
      }
    }
    return out;
  }

  private static JsonNode ok(Api.Response response) {
    assertThat(response.status()).as(response.text()).isEqualTo(200);
    return response.json();
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asString();
  }
}
