package com.spendwise.report;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What a dashboard shows at a glance for one month. Amounts are decimal strings. */
public record Summary(
    String month,
    LocalDate from,
    LocalDate to,
    List<MonthFigures> currencies,
    List<TopCategories> topExpenseCategories,
    List<BudgetLine> budgets,
    List<GoalLine> goals,
    List<UpcomingLine> upcoming,
    long unreadNotifications) {

  /** This month against the month before, in one currency. */
  public record MonthFigures(
      String currency,
      @JsonFormat(shape = JsonFormat.Shape.STRING) @Schema(type = "string") BigDecimal income,
      @JsonFormat(shape = JsonFormat.Shape.STRING) @Schema(type = "string") BigDecimal expense,
      @JsonFormat(shape = JsonFormat.Shape.STRING) @Schema(type = "string") BigDecimal net,
      long count,
      @JsonFormat(shape = JsonFormat.Shape.STRING) @Schema(type = "string")
          BigDecimal previousIncome,
      @JsonFormat(shape = JsonFormat.Shape.STRING) @Schema(type = "string")
          BigDecimal previousExpense,
      @JsonFormat(shape = JsonFormat.Shape.STRING) @Schema(type = "string")
          BigDecimal previousNet) {}

  /** The five largest expense categories of the month in one currency. */
  public record TopCategories(String currency, List<CategoryReport.Line> categories) {}

  public record BudgetLine(
      UUID budgetId,
      UUID categoryId,
      String period,
      String currency,
      @JsonFormat(shape = JsonFormat.Shape.STRING) @Schema(type = "string") BigDecimal amount,
      @JsonFormat(shape = JsonFormat.Shape.STRING) @Schema(type = "string") BigDecimal spent,
      @JsonFormat(shape = JsonFormat.Shape.STRING) @Schema(type = "string") BigDecimal remaining,
      BigDecimal percentUsed) {}

  public record GoalLine(
      UUID goalId,
      String name,
      String currency,
      @JsonFormat(shape = JsonFormat.Shape.STRING) @Schema(type = "string") BigDecimal targetAmount,
      @JsonFormat(shape = JsonFormat.Shape.STRING) @Schema(type = "string")
          BigDecimal currentAmount,
      BigDecimal progressPercent,
      boolean reached,
      LocalDate deadline) {}

  public record UpcomingLine(
      UUID recurringTransactionId,
      LocalDate date,
      String type,
      @JsonFormat(shape = JsonFormat.Shape.STRING) @Schema(type = "string") BigDecimal amount,
      String note,
      UUID walletId) {}
}
