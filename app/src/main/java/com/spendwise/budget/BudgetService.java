package com.spendwise.budget;

import com.spendwise.budget.internal.BudgetRepository;
import com.spendwise.category.CategoryService;
import com.spendwise.category.CategoryType;
import com.spendwise.shared.Dates;
import com.spendwise.shared.FieldProblem;
import com.spendwise.shared.Money;
import com.spendwise.shared.Page;
import com.spendwise.shared.PageRequest;
import com.spendwise.shared.PerUserLimit;
import com.spendwise.shared.ProblemException;
import com.spendwise.shared.Transactions;
import com.spendwise.shared.Versions;
import com.spendwise.transaction.ExpenseScope;
import com.spendwise.transaction.LedgerService;
import com.spendwise.user.UserId;
import com.spendwise.user.UserProfile;
import com.spendwise.user.UserService;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Budgets and what was spent against them. Spending is read from the ledger when asked; alerts are
 * raised as the ledger writes (see {@code BudgetAlerts}).
 */
@Service
public class BudgetService {

  /** How many budgets one user may have; the API refuses one more with 422 limit-reached. */
  public static final PerUserLimit LIMIT = new PerUserLimit("budgets", 500);

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final BudgetRepository budgets;
  private final CategoryService categories;
  private final LedgerService ledger;
  private final UserService users;
  private final Transactions transactions;
  private final Clock clock;

  BudgetService(
      BudgetRepository budgets,
      CategoryService categories,
      LedgerService ledger,
      UserService users,
      Transactions transactions,
      Clock clock) {
    this.budgets = budgets;
    this.categories = categories;
    this.ledger = ledger;
    this.users = users;
    this.transactions = transactions;
    this.clock = clock;
  }

  public BudgetStatus create(UserId user, BudgetDraft draft) {
    UserProfile profile = users.get(user);
    BudgetDraft complete = complete(draft, profile);
    return transactions.write(
        () -> {
          checkCategory(user, complete);
          budgets.checkRoom(user, LIMIT);
          return status(user, budgets.insert(user, complete), null, profile);
        });
  }

  /** A budget in the period named {@code period} (2026-11, 2026), or the current one when null. */
  @Transactional(readOnly = true)
  public BudgetStatus get(UserId user, BudgetId id, String period) {
    Budget budget = budgets.find(user, id).orElseThrow(BudgetService::notFound);
    return status(user, budget, period, users.get(user));
  }

  /** The user's budgets, newest first, each in its current period. */
  @Transactional(readOnly = true)
  public Page<BudgetStatus> list(UserId user, PageRequest page) {
    UserProfile profile = users.get(user);
    Page<Budget> budgetPage = budgets.page(user, page);
    return new Page<>(
        statuses(user, budgetPage.items(), null, profile),
        budgetPage.nextCursor(),
        budgetPage.total());
  }

  /** Replaces a budget. A changed limit, scope or period forgets the alerts already sent. */
  public BudgetStatus update(UserId user, BudgetId id, BudgetDraft draft, Long expectedVersion) {
    UserProfile profile = users.get(user);
    BudgetDraft complete = complete(draft, profile);
    return transactions.write(
        () -> {
          Budget current = budgets.lock(user, id).orElseThrow(BudgetService::notFound);
          Versions.check(expectedVersion, current.version());
          checkCategory(user, complete);
          Budget updated = budgets.update(user, id, complete);
          if (current.amount().compareTo(updated.amount()) != 0
              || current.period() != updated.period()
              || !current.currency().equals(updated.currency())
              || !Objects.equals(current.categoryId(), updated.categoryId())
              || !current.startDate().equals(updated.startDate())) {
            budgets.clearAlerts(id);
          }
          return status(user, updated, null, profile);
        });
  }

  public void delete(UserId user, BudgetId id, Long expectedVersion) {
    transactions.write(
        () -> {
          Budget current = budgets.lock(user, id).orElseThrow(BudgetService::notFound);
          Versions.check(expectedVersion, current.version());
          budgets.delete(user, id);
          return null;
        });
  }

  private BudgetStatus status(UserId user, Budget budget, String period, UserProfile profile) {
    return statuses(user, List.of(budget), period, profile).get(0);
  }

  /** Budgets in a period, with what was spent in each totalled by one query. */
  private List<BudgetStatus> statuses(
      UserId user, List<Budget> page, String period, UserProfile profile) {
    return statuses(
        user,
        page,
        budget ->
            period == null
                ? budget.period().startOf(profile.today(clock))
                : budget.period().parse(period.strip()));
  }

  /**
   * Every budget in its period that contains {@code day}; budgets that start after that period are
   * left out.
   */
  @Transactional(readOnly = true)
  public List<BudgetStatus> onDay(UserId user, LocalDate day) {
    List<Budget> started =
        LIMIT.all(page -> budgets.page(user, page)).stream()
            .filter(b -> !b.period().endOf(day).isBefore(b.startDate()))
            .toList();
    return statuses(user, started, budget -> budget.period().startOf(day));
  }

  private List<BudgetStatus> statuses(
      UserId user, List<Budget> page, Function<Budget, LocalDate> periodStart) {
    List<LocalDate> starts = new ArrayList<>();
    List<ExpenseScope> scopes = new ArrayList<>();
    for (Budget budget : page) {
      LocalDate start = periodStart.apply(budget);
      if (budget.period().endOf(start).isBefore(budget.startDate())) {
        throw ProblemException.invalidField(
            "period",
            "before-start",
            "The budget starts on " + budget.startDate() + ", after this period.");
      }
      starts.add(start);
      scopes.add(budget.scope(start));
    }
    List<BigDecimal> spent = ledger.expenseTotals(user, scopes);
    List<BudgetStatus> statuses = new ArrayList<>();
    for (int i = 0; i < page.size(); i++) {
      Budget budget = page.get(i);
      ExpenseScope scope = scopes.get(i);
      statuses.add(
          new BudgetStatus(
              budget,
              budget.period().key(starts.get(i)),
              scope.from(),
              scope.to(),
              Money.normalize(spent.get(i), budget.currency()),
              Money.normalize(budget.amount().subtract(spent.get(i)), budget.currency()),
              percent(spent.get(i), budget.amount())));
    }
    return statuses;
  }

  /**
   * A display figure, so rounded to one decimal (half up); amounts themselves are never rounded.
   */
  static BigDecimal percent(BigDecimal spent, BigDecimal limit) {
    return spent.multiply(HUNDRED).divide(limit, 1, RoundingMode.HALF_UP);
  }

  private BudgetDraft complete(BudgetDraft draft, UserProfile profile) {
    List<FieldProblem> problems = new ArrayList<>();
    String currency = draft.currency() == null ? profile.defaultCurrency() : draft.currency();
    boolean known = Money.checkCurrency("currency", currency, problems);
    Money.checkPositive("amount", draft.amount(), known ? currency : null, problems);
    if (draft.period() == null) {
      problems.add(new FieldProblem("period", "required", "Is required: MONTHLY or YEARLY."));
    }
    if (draft.startDate() != null) {
      Dates.checkRange("startDate", draft.startDate(), problems);
    }
    if (!problems.isEmpty()) {
      throw ProblemException.invalidFields(problems);
    }
    LocalDate start =
        draft.startDate() != null
            ? draft.startDate()
            : draft.period().startOf(profile.today(clock));
    return new BudgetDraft(
        draft.period(),
        Money.normalize(draft.amount(), currency),
        currency,
        draft.categoryId(),
        start);
  }

  private void checkCategory(UserId user, BudgetDraft draft) {
    if (draft.categoryId() == null) {
      return;
    }
    categories
        .get(user, draft.categoryId())
        .typeProblem("categoryId", CategoryType.EXPENSE)
        .ifPresent(
            problem -> {
              throw ProblemException.invalidFields(List.of(problem));
            });
  }

  static ProblemException notFound() {
    return ProblemException.notFound("The budget");
  }
}
