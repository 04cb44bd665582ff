package com.spendwise.report;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The sum of wallet balances at the end of each bucket (opening balances plus everything dated up
 * to that day), one series per currency, with each wallet's own series on request.
 */
public record NetWorthReport(
    LocalDate from,
    LocalDate to,
    String granularity,
    List<Series> currencies,
    Series converted,
    List<String> unconverted) {

  public record Series(String currency, List<Point> buckets, List<WalletSeries> wallets) {}

  public record WalletSeries(UUID walletId, String name, List<Point> buckets) {}

  public record Point(LocalDate start, LocalDate end, String balance) {}
}
