package com.spendwise.report.internal;

import com.spendwise.report.Bucket;
import com.spendwise.report.Granularity;
import com.spendwise.report.NetWorthReport;
import com.spendwise.report.NetWorthReport.Point;
import com.spendwise.report.NetWorthReport.Series;
import com.spendwise.report.NetWorthReport.WalletSeries;
import com.spendwise.report.internal.ReportRepository.WalletMovement;
import com.spendwise.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** Builds a net-worth report: running balances per wallet, summed per currency. */
public final class NetWorths {

  private NetWorths() {}

  private record WalletBalances(UUID id, String name, String currency, BigDecimal[] balances) {}

  public static NetWorthReport report(
      LocalDate from,
      LocalDate to,
      Granularity granularity,
      List<Bucket> buckets,
      List<WalletMovement> rows,
      boolean byWallet,
      Conversion conversion) {
    Map<UUID, List<WalletMovement>> byId = new LinkedHashMap<>();
    rows.forEach(r -> byId.computeIfAbsent(r.wallet(), w -> new ArrayList<>()).add(r));
    Map<String, List<WalletBalances>> byCurrency = new TreeMap<>();
    for (List<WalletMovement> movements : byId.values()) {
      WalletMovement first = movements.get(0);
      Map<LocalDate, BigDecimal> deltas = new HashMap<>();
      BigDecimal running = first.openingBalance();
      for (WalletMovement m : movements) {
        if (m.bucket() == null) {
          running = running.add(m.delta());
        } else {
          deltas.merge(m.bucket(), m.delta(), BigDecimal::add);
        }
      }
      BigDecimal[] balances = new BigDecimal[buckets.size()];
      for (int i = 0; i < buckets.size(); i++) {
        running = running.add(deltas.getOrDefault(buckets.get(i).key(), BigDecimal.ZERO));
        balances[i] = running;
      }
      byCurrency
          .computeIfAbsent(first.currency(), c -> new ArrayList<>())
          .add(new WalletBalances(first.wallet(), first.name(), first.currency(), balances));
    }
    Map<String, BigDecimal[]> totals = new TreeMap<>();
    List<Series> series = new ArrayList<>();
    byCurrency.forEach(
        (currency, wallets) -> {
          BigDecimal[] sum = new BigDecimal[buckets.size()];
          Arrays.fill(sum, BigDecimal.ZERO);
          List<WalletSeries> walletSeries = new ArrayList<>();
          for (WalletBalances w : wallets) {
            for (int i = 0; i < sum.length; i++) {
              sum[i] = sum[i].add(w.balances()[i]);
            }
            if (byWallet) {
              walletSeries.add(
                  new WalletSeries(w.id(), w.name(), points(buckets, w.balances(), currency)));
            }
          }
          totals.put(currency, sum);
          series.add(
              new Series(currency, points(buckets, sum, currency), byWallet ? walletSeries : null));
        });
    String size = CashFlows.name(granularity);
    if (conversion == null) {
      return new NetWorthReport(from, to, size, series, null, null);
    }
    List<String> unconverted = new ArrayList<>();
    BigDecimal[] converted = new BigDecimal[buckets.size()];
    Arrays.fill(converted, BigDecimal.ZERO);
    totals.forEach(
        (currency, sum) -> {
          BigDecimal[] inTarget = new BigDecimal[sum.length];
          for (int i = 0; i < sum.length; i++) {
            inTarget[i] = conversion.convert(sum[i], currency, buckets.get(i).end()).orElse(null);
            if (inTarget[i] == null) {
              unconverted.add(currency);
              return;
            }
          }
          for (int i = 0; i < sum.length; i++) {
            converted[i] = converted[i].add(inTarget[i]);
          }
        });
    List<Point> points = new ArrayList<>();
    for (int i = 0; i < buckets.size(); i++) {
      Bucket b = buckets.get(i);
      points.add(new Point(b.start(), b.end(), conversion.rounded(converted[i])));
    }
    return new NetWorthReport(
        from, to, size, series, new Series(conversion.target(), points, null), unconverted);
  }

  private static List<Point> points(List<Bucket> buckets, BigDecimal[] balances, String currency) {
    List<Point> points = new ArrayList<>();
    for (int i = 0; i < buckets.size(); i++) {
      Bucket b = buckets.get(i);
      points.add(new Point(b.start(), b.end(), Money.normalize(balances[i], currency)));
    }
    return points;
  }
}
