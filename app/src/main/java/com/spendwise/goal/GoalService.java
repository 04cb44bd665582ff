package com.spendwise.goal;

import com.spendwise.goal.internal.GoalNotices;
import com.spendwise.goal.internal.GoalRepository;
import com.spendwise.goal.internal.GoalRepository.DeadlineDue;
import com.spendwise.notification.NotificationService;
import com.spendwise.shared.Dates;
import com.spendwise.shared.FieldProblem;
import com.spendwise.shared.Money;
import com.spendwise.shared.Page;
import com.spendwise.shared.PageRequest;
import com.spendwise.shared.PerUserLimit;
import com.spendwise.shared.ProblemException;
import com.spendwise.shared.Transactions;
import com.spendwise.shared.Versions;
import com.spendwise.user.UserId;
import com.spendwise.user.UserService;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Savings goals. GOAL_REACHED is sent in the database transaction that first brings the current
 * amount to the target, guarded by the goal's {@code notification_sent} flag under the row lock, so
 * it is sent exactly once however many contributions race.
 */
@Service
public class GoalService {

  /** How many savings goals one user may have; the API refuses one more with 422 limit-reached. */
  public static final PerUserLimit LIMIT = new PerUserLimit("savings goals", 500);

  private static final int DEADLINE_BATCH = 500;

  private final GoalRepository goals;
  private final NotificationService notifications;
  private final UserService users;
  private final Transactions transactions;
  private final Clock clock;
  private final int deadlineNoticeDays;

  GoalService(
      GoalRepository goals,
      NotificationService notifications,
      UserService users,
      Transactions transactions,
      Clock clock,
      @Value("${spendwise.goals.deadline-notice-days:7}") int deadlineNoticeDays) {
    this.goals = goals;
    this.notifications = notifications;
    this.users = users;
    this.transactions = transactions;
    this.clock = clock;
    this.deadlineNoticeDays = deadlineNoticeDays;
  }

  public Goal create(UserId user, GoalDraft draft) {
    GoalDraft complete = complete(draft, users.get(user).defaultCurrency());
    return transactions.write(
        () -> {
          goals.checkRoom(user, LIMIT);
          return notifyIfReached(user, goals.insert(user, complete));
        });
  }

  @Transactional(readOnly = true)
  public Goal get(UserId user, GoalId id) {
    return goals.find(user, id).orElseThrow(GoalService::notFound);
  }

  @Transactional(readOnly = true)
  public Page<Goal> list(UserId user, PageRequest page) {
    return goals.page(user, page);
  }

  /** All the user's goals (at most {@link #LIMIT}), newest first. */
  @Transactional(readOnly = true)
  public List<Goal> all(UserId user) {
    return LIMIT.all(page -> goals.page(user, page));
  }

  public Goal update(UserId user, GoalId id, GoalDraft draft, Long expectedVersion) {
    GoalDraft complete = complete(draft, users.get(user).defaultCurrency());
    return transactions.write(
        () -> {
          Goal current = goals.lock(user, id).orElseThrow(GoalService::notFound);
          Versions.check(expectedVersion, current.version());
          return notifyIfReached(user, goals.update(user, id, complete));
        });
  }

  /**
   * Adds {@code amount} to the goal (a negative amount withdraws). Withdrawing more than is there
   * is refused rather than stopped at 0, so the client learns what happened.
   */
  public Goal contribute(UserId user, GoalId id, BigDecimal amount) {
    if (amount == null || amount.signum() == 0) {
      throw ProblemException.invalidField("amount", "not-zero", "Must be a non-zero amount.");
    }
    return transactions.write(
        () -> {
          Goal current = goals.lock(user, id).orElseThrow(GoalService::notFound);
          List<FieldProblem> problems = new ArrayList<>();
          Money.check("amount", amount, current.currency()).ifPresent(problems::add);
          if (!problems.isEmpty()) {
            throw ProblemException.invalidFields(problems);
          }
          BigDecimal next = current.currentAmount().add(amount);
          if (next.signum() < 0) {
            throw new ProblemException(
                HttpStatus.UNPROCESSABLE_CONTENT,
                "insufficient-goal-amount",
                "The goal holds "
                    + Money.text(current.currentAmount(), current.currency())
                    + "; a withdrawal cannot take more.");
          }
          if (next.compareTo(Money.MAX_AMOUNT) >= 0) {
            throw new ProblemException(
                HttpStatus.UNPROCESSABLE_CONTENT,
                "goal-out-of-range",
                "A goal holds less than 1000000000000000.");
          }
          return notifyIfReached(
              user, goals.setCurrent(user, id, Money.normalize(next, current.currency())));
        });
  }

  public void delete(UserId user, GoalId id, Long expectedVersion) {
    transactions.write(
        () -> {
          Goal current = goals.lock(user, id).orElseThrow(GoalService::notFound);
          Versions.check(expectedVersion, current.version());
          goals.delete(user, id);
          return null;
        });
  }

  /**
   * Sends GOAL_DEADLINE for every unreached goal whose deadline is within the configured number of
   * days, once per deadline. Safe to run on several instances at once. Returns how many were sent.
   */
  public int notifyDeadlines() {
    int sent = 0;
    while (true) {
      int batch =
          transactions.write(
              () -> {
                List<DeadlineDue> due =
                    goals.claimDeadlines(clock.instant(), deadlineNoticeDays, DEADLINE_BATCH);
                notifications.send(due.stream().map(GoalNotices::deadline).toList());
                return due.size();
              });
      sent += batch;
      if (batch < DEADLINE_BATCH) {
        return sent;
      }
    }
  }

  private Goal notifyIfReached(UserId user, Goal goal) {
    if (goal.reached() && !goal.reachedNotified() && goals.markReachedNotified(user, goal.id())) {
      notifications.send(GoalNotices.reached(user, goal));
    }
    return goal;
  }

  private static GoalDraft complete(GoalDraft draft, String defaultCurrency) {
    List<FieldProblem> problems = new ArrayList<>();
    String name = draft.name() == null ? null : draft.name().strip();
    if (name == null || name.isEmpty() || name.length() > GoalDraft.MAX_NAME) {
      problems.add(
          new FieldProblem("name", "size", "Must be 1 to " + GoalDraft.MAX_NAME + " characters."));
    }
    if (draft.description() != null && draft.description().length() > GoalDraft.MAX_DESCRIPTION) {
      problems.add(
          new FieldProblem(
              "description", "size", "At most " + GoalDraft.MAX_DESCRIPTION + " characters."));
    }
    String currency = draft.currency() == null ? defaultCurrency : draft.currency();
    boolean known = Money.checkCurrency("currency", currency, problems);
    Money.checkPositive("targetAmount", draft.targetAmount(), known ? currency : null, problems);
    BigDecimal current = draft.currentAmount() == null ? BigDecimal.ZERO : draft.currentAmount();
    if (current.signum() < 0) {
      problems.add(new FieldProblem("currentAmount", "negative", "Must not be negative."));
    } else if (known) {
      Money.check("currentAmount", current, currency).ifPresent(problems::add);
    }
    if (draft.deadline() != null) {
      Dates.checkRange("deadline", draft.deadline(), problems);
    }
    if (!problems.isEmpty()) {
      throw ProblemException.invalidFields(problems);
    }
    return new GoalDraft(
        name,
        draft.description(),
        Money.normalize(draft.targetAmount(), currency),
        Money.normalize(current, currency),
        currency,
        draft.deadline());
  }

  static ProblemException notFound() {
    return ProblemException.notFound("The goal");
  }
}
