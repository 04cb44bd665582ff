package com.spendwise.recurring;

import com.spendwise.category.Category;
import com.spendwise.category.CategoryService;
import com.spendwise.recurring.internal.OccurrenceWriter;
import com.spendwise.recurring.internal.Plan;
import com.spendwise.recurring.internal.RecurringScheduler;
import com.spendwise.recurring.internal.RuleRepository;
import com.spendwise.recurring.internal.RuleShape;
import com.spendwise.recurring.internal.Upcoming;
import com.spendwise.shared.FieldProblem;
import com.spendwise.shared.Money;
import com.spendwise.shared.Page;
import com.spendwise.shared.PageRequest;
import com.spendwise.shared.PerUserLimit;
import com.spendwise.shared.ProblemException;
import com.spendwise.shared.Transactions;
import com.spendwise.shared.Versions;
import com.spendwise.transaction.LedgerEntry;
import com.spendwise.user.UserId;
import com.spendwise.user.UserService;
import com.spendwise.wallet.Wallet;
import com.spendwise.wallet.WalletService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recurring rules. The first occurrence is the start date; the scheduler records what is due. A
 * paused rule records nothing, and resuming it starts from today: what fell due while it was paused
 * is not recorded afterwards.
 */
@Service
public class RecurringService {

  /**
   * How many recurring transactions one user may have; the API refuses one more with 422
   * limit-reached.
   */
  /** A daily rule over the longest projection (a year) and some overdue days. */
  static final int MAX_PROJECTED_PER_RULE = 400;

  public static final PerUserLimit LIMIT = new PerUserLimit("recurring transactions", 1000);

  private final RuleRepository rules;
  private final OccurrenceWriter writer;
  private final RecurringScheduler scheduler;
  private final WalletService wallets;
  private final CategoryService categories;
  private final UserService users;
  private final Transactions transactions;
  private final Clock clock;

  RecurringService(
      RuleRepository rules,
      OccurrenceWriter writer,
      RecurringScheduler scheduler,
      WalletService wallets,
      CategoryService categories,
      UserService users,
      Transactions transactions,
      Clock clock) {
    this.rules = rules;
    this.writer = writer;
    this.scheduler = scheduler;
    this.wallets = wallets;
    this.categories = categories;
    this.users = users;
    this.transactions = transactions;
    this.clock = clock;
  }

  public RecurringRule create(UserId user, RuleDraft draft) {
    LocalDate today = today(user);
    RuleDraft shaped = RuleShape.check(draft, today);
    return transactions.write(
        () -> {
          RuleDraft checked = checkReferences(user, shaped);
          Schedule schedule = RuleShape.schedule(checked);
          rules.checkRoom(user, LIMIT);
          return rules.insert(
              user, RuleShape.rule(null, checked, schedule, schedule.start(), checked.active()));
        });
  }

  @Transactional(readOnly = true)
  public RecurringRule get(UserId user, RecurringId id) {
    return rules.find(user, id).orElseThrow(RecurringService::notFound);
  }

  @Transactional(readOnly = true)
  public Page<RecurringRule> list(UserId user, PageRequest page) {
    return rules.page(user, page);
  }

  /** All the user's rules (at most {@link #LIMIT}), newest first. */
  @Transactional(readOnly = true)
  public List<RecurringRule> all(UserId user) {
    return LIMIT.all(page -> rules.page(user, page));
  }

  /**
   * The occurrences up to {@code until} (at most {@code most}), or the next {@code atLeast} when
   * fewer fall before it: what a dashboard lists as "coming".
   */
  @Transactional(readOnly = true)
  public List<UpcomingOccurrence> upcoming(UserId user, int atLeast, LocalDate until, int most) {
    List<RecurringRule> all = all(user);
    List<UpcomingOccurrence> within = Upcoming.until(all, until, most);
    return within.size() >= atLeast
        ? within.subList(0, Math.min(most, within.size()))
        : Upcoming.next(all, atLeast);
  }

  /**
   * Every occurrence the active rules will record up to {@code until}, in date order: computed by
   * the scheduler's own schedule code, so that a projection is what the scheduler then records.
   */
  @Transactional(readOnly = true)
  public List<UpcomingOccurrence> occurrences(UserId user, LocalDate until) {
    return Upcoming.until(all(user), until, MAX_PROJECTED_PER_RULE);
  }

  /**
   * Replaces a rule. A new schedule, or resuming a paused rule, starts from the first occurrence on
   * or after today (or the start date, if later); otherwise the next date stays.
   */
  public RecurringRule update(UserId user, RecurringId id, RuleDraft draft, Long expectedVersion) {
    LocalDate today = today(user);
    RuleDraft shaped = RuleShape.check(draft, today);
    return transactions.write(
        () -> {
          RecurringRule current = rules.lock(user, id).orElseThrow(RecurringService::notFound);
          Versions.check(expectedVersion, current.version());
          RuleDraft checked = checkReferences(user, shaped);
          Schedule schedule = RuleShape.schedule(checked);
          boolean restart =
              !schedule.interval().equals(current.schedule().interval())
                  || schedule.every() != current.schedule().every()
                  || !schedule.start().equals(current.schedule().start())
                  || (checked.active() && !current.active());
          LocalDate next = restart ? schedule.firstOnOrAfter(today) : current.nextDate();
          return rules.update(user, RuleShape.rule(id, checked, schedule, next, checked.active()));
        });
  }

  public void delete(UserId user, RecurringId id, Long expectedVersion) {
    transactions.write(
        () -> {
          RecurringRule current = rules.lock(user, id).orElseThrow(RecurringService::notFound);
          Versions.check(expectedVersion, current.version());
          rules.delete(user, id);
          return null;
        });
  }

  /** Records the next occurrence now (see {@link Plan#runNow}). */
  public LedgerEntry runNow(UserId user, RecurringId id) {
    LocalDate today = today(user);
    return transactions.write(
        () -> {
          RecurringRule rule = activeRule(user, id);
          if (rule.walletId() == null) {
            throw ProblemException.conflict(
                "wallet-deleted", "The rule's wallet was deleted; choose another wallet first.");
          }
          List<LedgerEntry> written = writer.record(List.of(Plan.runNow(user, rule, today)));
          if (written.isEmpty()) {
            throw ProblemException.conflict(
                "occurrence-recorded",
                "The occurrence of " + rule.nextDate() + " is already recorded.");
          }
          return written.get(0);
        });
  }

  /**
   * Records every due occurrence of every user's active rules (the scheduler's timer calls this on
   * each instance; tests call it at the times they set on the clock).
   */
  public RecurringRun runDue() {
    return scheduler.runDue();
  }

  /** Skips the next occurrence: nothing is recorded for it and the rule moves on. */
  public RecurringRule skipNext(UserId user, RecurringId id, Long expectedVersion) {
    return transactions.write(
        () -> {
          RecurringRule rule = activeRule(user, id);
          Versions.check(expectedVersion, rule.version());
          writer.skip(user, rule);
          return rules.find(user, id).orElseThrow(RecurringService::notFound);
        });
  }

  private RecurringRule activeRule(UserId user, RecurringId id) {
    RecurringRule rule = rules.lock(user, id).orElseThrow(RecurringService::notFound);
    if (!rule.active()) {
      throw ProblemException.conflict(
          "rule-paused", "The rule is paused or has ended; resume it first.");
    }
    return rule;
  }

  private LocalDate today(UserId user) {
    return users.get(user).today(clock);
  }

  /**
   * Checks the wallet and category, and the amount against the wallet's currency; returns the draft
   * with the amount at that currency's scale.
   */
  private RuleDraft checkReferences(UserId user, RuleDraft draft) {
    Wallet wallet = wallets.get(user, draft.walletId());
    Category category =
        draft.categoryId() == null ? null : categories.get(user, draft.categoryId());
    List<FieldProblem> problems = new ArrayList<>();
    Money.check("amount", draft.amount(), wallet.currency()).ifPresent(problems::add);
    if (category != null) {
      category.typeProblem("categoryId", draft.type().categoryType()).ifPresent(problems::add);
    }
    if (!problems.isEmpty()) {
      throw ProblemException.invalidFields(problems);
    }
    wallet
        .archivedProblem("walletId")
        .ifPresent(
            problem -> {
              throw Wallet.archivedRefusal(List.of(problem));
            });
    return new RuleDraft(
        draft.type(),
        draft.walletId(),
        draft.categoryId(),
        Money.normalize(draft.amount(), wallet.currency()),
        draft.note(),
        draft.interval(),
        draft.every(),
        draft.startDate(),
        draft.endDate(),
        draft.active());
  }

  static ProblemException notFound() {
    return ProblemException.notFound("The recurring transaction");
  }
}
