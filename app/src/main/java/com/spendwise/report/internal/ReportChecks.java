package com.spendwise.report.internal;

import com.spendwise.category.CategoryService;
import com.spendwise.report.Granularity;
import com.spendwise.report.ReportFilter;
import com.spendwise.shared.Dates;
import com.spendwise.shared.FieldProblem;
import com.spendwise.shared.Money;
import com.spendwise.shared.ProblemException;
import com.spendwise.tag.TagService;
import com.spendwise.user.UserId;
import com.spendwise.wallet.WalletId;
import com.spendwise.wallet.WalletService;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** A report's parameters: its range, granularity, target currency and filters. */
@Component
public class ReportChecks {

  /** The longest range a report covers. */
  public static final int MAX_YEARS = 10;

  private static final int MAX_FILTER_IDS = 50;

  private final WalletService wallets;
  private final CategoryService categories;
  private final TagService tags;

  ReportChecks(WalletService wallets, CategoryService categories, TagService tags) {
    this.wallets = wallets;
    this.categories = categories;
    this.tags = tags;
  }

  /** Throws 400 with every problem of a range and target currency. */
  public static void checkRange(LocalDate from, LocalDate to, String convertTo) {
    List<FieldProblem> problems = new ArrayList<>();
    Dates.checkRange("from", from, problems);
    Dates.checkRange("to", to, problems);
    if (from.isAfter(to)) {
      problems.add(new FieldProblem("from", "invalid-range", "Must not be after 'to'."));
    } else if (to.isAfter(from.plusYears(MAX_YEARS).minusDays(1))) {
      problems.add(
          new FieldProblem(
              "to", "range-too-long", "A report covers at most " + MAX_YEARS + " years."));
    }
    if (convertTo != null) {
      Money.checkCurrency("convertTo", convertTo, problems);
    }
    if (!problems.isEmpty()) {
      throw ProblemException.invalidFields(problems);
    }
  }

  /** day, week, month or year (any case); month when absent. */
  public static Granularity granularity(String text) {
    if (text == null) {
      return Granularity.MONTH;
    }
    try {
      return Granularity.valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ProblemException.invalidField(
          "granularity", "invalid", "Must be one of day, week, month, year.");
    }
  }

  /** 400 for too many ids; 404 when a wallet, category or tag is not the user's. */
  public void checkFilter(UserId user, ReportFilter filter) {
    if (filter.walletIds().size() > MAX_FILTER_IDS
        || filter.categoryIds().size() > MAX_FILTER_IDS
        || filter.tagIds().size() > MAX_FILTER_IDS) {
      throw ProblemException.invalidField(
          "filter", "size", "At most " + MAX_FILTER_IDS + " ids of each kind.");
    }
    for (WalletId wallet : new HashSet<>(filter.walletIds())) {
      wallets.get(user, wallet);
    }
    if (!filter.categoryIds().isEmpty()
        && !categories
            .find(user, filter.categoryIds())
            .keySet()
            .containsAll(filter.categoryIds())) {
      throw ProblemException.notFound("A category");
    }
    if (!filter.tagIds().isEmpty()
        && !tags.owned(user, filter.tagIds()).containsAll(filter.tagIds())) {
      throw ProblemException.notFound("A tag");
    }
  }
}
