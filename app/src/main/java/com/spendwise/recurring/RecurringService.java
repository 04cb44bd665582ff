package com.spendwise.recurring;

import com.spendwise.category.Category;
import com.spendwise.category.CategoryService;
import com.spendwise.recurring.internal.OccurrenceWriter;
import com.spendwise.recurring.internal.RuleRepository;
import com.spendwise.shared.Dates;
import com.spendwise.shared.ETags;
import com.spendwise.shared.FieldProblem;
import com.spendwise.shared.Money;
import com.spendwise.shared.Page;
import com.spendwise.shared.PageRequest;
import com.spendwise.shared.ProblemException;
import com.spendwise.shared.Transactions;
import com.spendwise.transaction.EntryDraft;
import com.spendwise.transaction.EntryType;
import com.spendwise.transaction.LedgerEntry;
import com.spendwise.user.UserId;
import com.spendwise.user.UserService;
import com.spendwise.wallet.Wallet;
import com.spendwise.wallet.WalletService;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
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

  private final RuleRepository rules;
  private final OccurrenceWriter writer;
  private final WalletService wallets;
  private final CategoryService categories;
  private final UserService users;
  private final Transactions transactions;
  private final Clock clock;

  RecurringService(
      RuleRepository rules,
      OccurrenceWriter writer,
      WalletService wallets,
      CategoryService categories,
      UserService users,
      Transactions transactions,
      Clock clock) {
    this.rules = rules;
    this.writer = writer;
    this.wallets = wallets;
    this.categories = categories;
    this.users = users;
    this.transactions = transactions;
    this.clock = clock;
  }

  public RecurringRule create(UserId user, RuleDraft draft) {
    LocalDate today = today(user);
    RuleDraft shaped = shape(draft, today);
    return transactions.write(
        () -> {
          RuleDraft checked = checkReferences(user, shaped);
          Schedule schedule = schedule(checked);
          return rules.insert(
              user, rule(null, checked, schedule, schedule.start(), checked.active()));
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

  /**
   * Replaces a rule. A new schedule, or resuming a paused rule, starts from the first occurrence on
   * or after today (or the start date, if later); otherwise the next date stays.
   */
  public RecurringRule update(UserId user, RecurringId id, RuleDraft draft, String ifMatch) {
    LocalDate today = today(user);
    RuleDraft shaped = shape(draft, today);
    return transactions.write(
        () -> {
          RecurringRule current = rules.lock(user, id).orElseThrow(RecurringService::notFound);
          ETags.check(ifMatch, current.version());
          RuleDraft checked = checkReferences(user, shaped);
          Schedule schedule = schedule(checked);
          boolean restart =
              !schedule.interval().equals(current.schedule().interval())
                  || schedule.every() != current.schedule().every()
                  || !schedule.start().equals(current.schedule().start())
                  || (checked.active() && !current.active());
          LocalDate next = restart ? schedule.firstOnOrAfter(today) : current.nextDate();
          return rules.update(user, rule(id, checked, schedule, next, checked.active()));
        });
  }

  public void delete(UserId user, RecurringId id, String ifMatch) {
    transactions.write(
        () -> {
          RecurringRule current = rules.lock(user, id).orElseThrow(RecurringService::notFound);
          ETags.check(ifMatch, current.version());
          rules.delete(user, id);
          return null;
        });
  }

  /**
   * Records the next occurrence now. It is dated on its own date if that has come, else today (an
   * early payment); either way it is that occurrence, which the scheduler then does not repeat.
   */
  public LedgerEntry runNow(UserId user, RecurringId id) {
    LocalDate today = today(user);
    return transactions.write(
        () -> {
          RecurringRule rule = activeRule(user, id);
          if (rule.walletId() == null) {
            throw ProblemException.conflict(
                "wallet-deleted", "The rule's wallet was deleted; choose another wallet first.");
          }
          LocalDate occurrence = rule.nextDate();
          LocalDate dated = occurrence.isAfter(today) ? today : occurrence;
          LocalDate next = rule.schedule().after(occurrence);
          List<LedgerEntry> written =
              writer.record(
                  List.of(
                      new OccurrenceWriter.Plan(
                          user,
                          rule,
                          List.of(occurrence),
                          List.of(dated),
                          next,
                          rule.schedule().allows(next))));
          if (written.isEmpty()) {
            throw ProblemException.conflict(
                "occurrence-recorded", "The occurrence of " + occurrence + " is already recorded.");
          }
          return written.get(0);
        });
  }

  /** Skips the next occurrence: nothing is recorded for it and the rule moves on. */
  public RecurringRule skipNext(UserId user, RecurringId id, String ifMatch) {
    return transactions.write(
        () -> {
          RecurringRule rule = activeRule(user, id);
          ETags.check(ifMatch, rule.version());
          LocalDate next = rule.schedule().after(rule.nextDate());
          writer.skip(rule, next, rule.schedule().allows(next));
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
    return LocalDate.ofInstant(clock.instant(), ZoneId.of(users.get(user).timeZone()));
  }

  private static RecurringRule rule(
      RecurringId id, RuleDraft draft, Schedule schedule, LocalDate next, boolean active) {
    return new RecurringRule(
        id,
        draft.type(),
        draft.walletId(),
        draft.categoryId(),
        draft.amount(),
        draft.note(),
        schedule,
        next,
        active && schedule.allows(next),
        0,
        null,
        null);
  }

  private static Schedule schedule(RuleDraft draft) {
    return new Schedule(draft.interval(), draft.every(), draft.startDate(), draft.endDate());
  }

  /** Checks what needs no database and fills in defaults. */
  private static RuleDraft shape(RuleDraft draft, LocalDate today) {
    List<FieldProblem> problems = new ArrayList<>();
    if (draft.type() == null || draft.type() == EntryType.TRANSFER) {
      problems.add(new FieldProblem("type", "invalid", "Must be INCOME or EXPENSE."));
    }
    if (draft.walletId() == null) {
      problems.add(new FieldProblem("walletId", "required", "Is required."));
    }
    Money.checkPositive("amount", draft.amount(), null, problems);
    if (draft.note() != null && draft.note().length() > EntryDraft.MAX_NOTE) {
      problems.add(
          new FieldProblem("note", "size", "At most " + EntryDraft.MAX_NOTE + " characters."));
    }
    if (draft.interval() == null) {
      problems.add(
          new FieldProblem(
              "interval", "required", "Is required: DAILY, WEEKLY, MONTHLY or YEARLY."));
    }
    int every = draft.every() == null ? 1 : draft.every();
    if (every < 1 || every > RuleDraft.MAX_EVERY) {
      problems.add(
          new FieldProblem("every", "out-of-range", "Must be 1 to " + RuleDraft.MAX_EVERY + "."));
    }
    LocalDate start = draft.startDate() == null ? today : draft.startDate();
    Dates.checkRange("startDate", start, problems);
    if (draft.endDate() != null) {
      Dates.checkRange("endDate", draft.endDate(), problems);
      if (draft.endDate().isBefore(start)) {
        problems.add(new FieldProblem("endDate", "invalid-range", "Must not be before startDate."));
      }
    }
    if (!problems.isEmpty()) {
      throw ProblemException.invalidFields(problems);
    }
    return new RuleDraft(
        draft.type(),
        draft.walletId(),
        draft.categoryId(),
        draft.amount(),
        draft.note(),
        draft.interval(),
        every,
        start,
        draft.endDate(),
        draft.active() == null || draft.active());
  }

  /**
   * Checks the wallet and category, and the amount against the wallet's currency; returns the draft
   * with the amount at that currency's scale.
   */
  private RuleDraft checkReferences(UserId user, RuleDraft draft) {
    Wallet wallet = wallets.get(user, draft.walletId());
    if (wallet.archived()) {
      throw ProblemException.conflict(
          "wallet-archived", "An archived wallet accepts no new transactions; unarchive it first.");
    }
    Money.check("amount", draft.amount(), wallet.currency())
        .ifPresent(
            problem -> {
              throw ProblemException.invalidFields(List.of(problem));
            });
    if (draft.categoryId() != null) {
      Category category = categories.get(user, draft.categoryId());
      if (!category.type().name().equals(draft.type().name())) {
        throw ProblemException.invalidField(
            "categoryId",
            "category-type-mismatch",
            "Is a " + category.type() + " category; this rule is " + draft.type() + ".");
      }
    }
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
