package com.spendwise.report.web;

import com.spendwise.category.CategoryId;
import com.spendwise.report.CashFlowReport;
import com.spendwise.report.CategoryReport;
import com.spendwise.report.NetWorthReport;
import com.spendwise.report.ReportFilter;
import com.spendwise.report.ReportService;
import com.spendwise.report.Summary;
import com.spendwise.report.SummaryService;
import com.spendwise.report.TagReport;
import com.spendwise.tag.TagId;
import com.spendwise.user.CurrentUser;
import com.spendwise.user.UserId;
import com.spendwise.wallet.WalletId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = ReportController.PATH, produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(
    name = "Reports",
    description =
        "Where the money goes. Amounts are decimal strings at each currency's scale, one series"
            + " per currency; convertTo adds one converted series with the user's exchange rates"
            + " (the latest on or before each bucket's end, direct or inverse), rounded half-even"
            + " once, and lists in 'unconverted' every currency without a usable rate. Transfers"
            + " between the user's own wallets are neither income nor expense. A range covers at"
            + " most 10 years; 'from' after 'to' or an unknown granularity is a 400; another user's"
            + " wallet, category or tag in a filter is a 404.")
class ReportController {

  static final String PATH = "/api/v1/reports";

  private static final String CASH_FLOW_EXAMPLE =
      "{\"from\":\"2026-10-01\",\"to\":\"2026-11-30\",\"granularity\":\"month\","
          + "\"currencies\":[{\"currency\":\"VND\",\"buckets\":["
          + "{\"start\":\"2026-10-01\",\"end\":\"2026-10-31\",\"income\":\"15000000\","
          + "\"expense\":\"8240000\",\"net\":\"6760000\",\"count\":42},"
          + "{\"start\":\"2026-11-01\",\"end\":\"2026-11-30\",\"income\":\"0\",\"expense\":\"0\","
          + "\"net\":\"0\",\"count\":0}]}],\"converted\":null,\"unconverted\":null}";

  private final ReportService reports;
  private final SummaryService summaries;

  ReportController(ReportService reports, SummaryService summaries) {
    this.reports = reports;
    this.summaries = summaries;
  }

  @GetMapping("/cash-flow")
  @Operation(
      summary = "Income, expense and net per day, week (from Monday), month or year",
      description =
          "One bucket per period in the range, empty ones included; the first and last buckets"
              + " are clipped to the range. Defaults: to = today in your time zone, from = the"
              + " first day of the month eleven months earlier, granularity = month.")
  @ApiResponse(
      responseCode = "200",
      content =
          @Content(
              schema = @Schema(implementation = CashFlowReport.class),
              examples = @ExampleObject(value = CASH_FLOW_EXAMPLE)))
  @ApiResponse(responseCode = "400", description = "Bad range, granularity or currency")
  @ApiResponse(responseCode = "404", description = "A wallet, category or tag is not yours")
  CashFlowReport cashFlow(
      @CurrentUser UserId user,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @Parameter(description = "day, week, month (default) or year") @RequestParam(required = false)
          String granularity,
      @Parameter(description = "Only these wallets (repeatable)") @RequestParam(required = false)
          List<UUID> walletId,
      @Parameter(description = "Only these categories (repeatable)") @RequestParam(required = false)
          List<UUID> categoryId,
      @Parameter(description = "Only entries with any of these tags (comma-separated)")
          @RequestParam(required = false)
          List<UUID> tagIds,
      @Parameter(description = "Also total every currency in this one, e.g. VND")
          @RequestParam(required = false)
          String convertTo) {
    return reports.cashFlow(
        user, from, to, granularity, filter(walletId, categoryId, tagIds), convertTo);
  }

  @GetMapping("/categories")
  @Operation(
      summary = "Totals per category, with the previous range of equal length",
      description =
          "Every category with entries in either range, biggest first; entries without a"
              + " category form one 'Uncategorised' line (categoryId null). share is each"
              + " line's percent of the total, rounded to one decimal on its own, so the shares"
              + " need not add up to exactly 100.0. Defaults: this month so far, EXPENSE.")
  @ApiResponse(
      responseCode = "200",
      content =
          @Content(
              schema = @Schema(implementation = CategoryReport.class),
              examples =
                  @ExampleObject(
                      value =
                          "{\"from\":\"2026-11-01\",\"to\":\"2026-11-30\","
                              + "\"previousFrom\":\"2026-10-02\",\"previousTo\":\"2026-10-31\","
                              + "\"type\":\"EXPENSE\",\"currencies\":[{\"currency\":\"VND\","
                              + "\"total\":\"300000\",\"count\":3,\"previousTotal\":\"100000\","
                              + "\"categories\":[{\"categoryId\":\"6f1c…\",\"name\":\"Food\","
                              + "\"total\":\"200000\",\"share\":66.7,\"count\":2,"
                              + "\"previousTotal\":\"100000\",\"previousCount\":1,"
                              + "\"change\":\"100000\",\"changePercent\":100.0}]}],"
                              + "\"converted\":null,\"unconverted\":null}")))
  CategoryReport categories(
      @CurrentUser UserId user,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @Parameter(description = "EXPENSE (default) or INCOME") @RequestParam(required = false)
          String type,
      @RequestParam(required = false) List<UUID> walletId,
      @RequestParam(required = false) List<UUID> categoryId,
      @RequestParam(required = false) List<UUID> tagIds,
      @RequestParam(required = false) String convertTo) {
    return reports.categories(
        user, from, to, type, filter(walletId, categoryId, tagIds), convertTo);
  }

  @GetMapping("/net-worth")
  @Operation(
      summary = "Balances at the end of each bucket, per currency and optionally per wallet",
      description =
          "Opening balances plus everything dated up to each bucket's end. With 'to' today and"
              + " nothing dated in the future, the last bucket equals today's wallet balances.")
  @ApiResponse(
      responseCode = "200",
      content =
          @Content(
              schema = @Schema(implementation = NetWorthReport.class),
              examples =
                  @ExampleObject(
                      value =
                          "{\"from\":\"2026-10-01\",\"to\":\"2026-11-30\","
                              + "\"granularity\":\"month\",\"currencies\":[{\"currency\":"
                              + "\"VND\",\"buckets\":[{\"start\":\"2026-10-01\",\"end\":"
                              + "\"2026-10-31\",\"balance\":\"26175000\"},{\"start\":"
                              + "\"2026-11-01\",\"end\":\"2026-11-30\",\"balance\":"
                              + "\"24300000\"}],\"wallets\":null}],\"converted\":null,"
                              + "\"unconverted\":null}")))
  NetWorthReport netWorth(
      @CurrentUser UserId user,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(required = false) String granularity,
      @RequestParam(required = false) List<UUID> walletId,
      @Parameter(description = "Add each wallet's own series") @RequestParam(defaultValue = "false")
          boolean byWallet,
      @RequestParam(required = false) String convertTo) {
    return reports.netWorth(
        user,
        from,
        to,
        granularity,
        walletId == null ? List.of() : walletId.stream().map(WalletId::new).toList(),
        byWallet,
        convertTo);
  }

  @GetMapping("/tags")
  @Operation(
      summary = "Income and expense per tag and currency",
      description =
          "An entry with two tags counts under both, so the lines can add up to more than was"
              + " spent. Defaults: this month so far.")
  @ApiResponse(
      responseCode = "200",
      content =
          @Content(
              schema = @Schema(implementation = TagReport.class),
              examples =
                  @ExampleObject(
                      value =
                          "{\"from\":\"2026-11-01\",\"to\":\"2026-11-30\",\"tags\":[{\"tagId\":"
                              + "\"0b7e…\",\"name\":\"holiday\",\"currency\":\"VND\","
                              + "\"income\":\"0\",\"expense\":\"1250000\",\"count\":4}]}")))
  TagReport tags(
      @CurrentUser UserId user,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(required = false) List<UUID> walletId,
      @RequestParam(required = false) List<UUID> categoryId,
      @RequestParam(required = false) List<UUID> tagIds) {
    return reports.tags(user, from, to, filter(walletId, categoryId, tagIds));
  }

  @GetMapping("/summary")
  @Operation(
      summary = "A month at a glance",
      description =
          "The month's income, expense and net against the month before, the five largest"
              + " expense categories, every budget in the period containing the month's last"
              + " day, every goal, the recurring occurrences of the next seven days (at least the"
              + " next five, at most fifty) and the unread"
              + " notification count. Default: this month in your time zone.")
  @ApiResponse(
      responseCode = "200",
      content =
          @Content(
              schema = @Schema(implementation = Summary.class),
              examples =
                  @ExampleObject(
                      value =
                          "{\"month\":\"2026-11\",\"from\":\"2026-11-01\",\"to\":\"2026-11-30\","
                              + "\"currencies\":[{\"currency\":\"VND\",\"income\":\"12500000\","
                              + "\"expense\":\"8240000\",\"net\":\"4260000\",\"count\":57,"
                              + "\"previousIncome\":\"12500000\",\"previousExpense\":"
                              + "\"9100000\",\"previousNet\":\"3400000\"}],"
                              + "\"topExpenseCategories\":[],\"budgets\":[],\"goals\":[],"
                              + "\"upcoming\":[],\"unreadNotifications\":3}")))
  Summary summary(
      @CurrentUser UserId user,
      @Parameter(description = "A month such as 2026-11") @RequestParam(required = false)
          String month) {
    return summaries.summary(user, month);
  }

  private static ReportFilter filter(
      List<UUID> walletIds, List<UUID> categoryIds, List<UUID> tagIds) {
    return new ReportFilter(
        walletIds == null ? null : walletIds.stream().map(WalletId::new).toList(),
        categoryIds == null ? null : categoryIds.stream().map(CategoryId::new).toList(),
        tagIds == null ? null : tagIds.stream().map(TagId::new).toList());
  }
}
