package com.spendwise.report;

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
      String income,
      String expense,
      String net,
      long count,
      String previousIncome,
      String previousExpense,
      String previousNet) {}

  /** The five largest expense categories of the month in one currency. */
  public record TopCategories(String currency, List<CategoryReport.Line> categories) {}

  public record BudgetLine(
      UUID budgetId,
      UUID categoryId,
      String period,
      String currency,
      String amount,
      String spent,
      String remaining,
      BigDecimal percentUsed) {}

  public record GoalLine(
      UUID goalId,
      String name,
      String currency,
      String targetAmount,
      String currentAmount,
      BigDecimal progressPercent,
      boolean reached,
      LocalDate deadline) {}

  public record UpcomingLine(
      UUID recurringTransactionId, LocalDate date, String type, String amount, String note) {}
}
