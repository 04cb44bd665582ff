package com.spendwise.report;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
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

  public record Point(
      LocalDate start,
      LocalDate end,
      @JsonFormat(shape = JsonFormat.Shape.STRING) @Schema(type = "string") BigDecimal balance) {}
}
