package com.spendwise.recurring.internal;

import com.spendwise.recurring.RecurringId;
import com.spendwise.recurring.RecurringRun;
import com.spendwise.recurring.internal.RuleRepository.DueRule;
import com.spendwise.shared.FieldProblem;
import com.spendwise.shared.ProblemException;
import com.spendwise.shared.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;

/**
 * Records every due occurrence of every active rule. Any number of instances may run it at once
 * against one database: each claims a batch of due rules with {@code FOR UPDATE SKIP LOCKED},
 * records their occurrences, advances them and commits, all in one database transaction, so a crash
 * loses nothing and repeats nothing. A rule the ledger refuses is isolated, paused and reported,
 * and the others carry on.
 */
@Component
public class RecurringScheduler {

  /** Occurrences of one rule recorded per claim; a rule further behind is claimed again. */
  static final int PER_RULE_PER_CLAIM = 100;

  private static final Logger log = LoggerFactory.getLogger(RecurringScheduler.class);
  // No time zone is ahead of UTC+14, so no user's today is later than this one's.
  private static final ZoneOffset EASTERNMOST = ZoneOffset.ofHours(14);

  private final RuleRepository rules;
  private final OccurrenceWriter writer;
  private final Transactions transactions;
  private final Clock clock;
  private final int batchSize;
  private final int maxPerRun;

  RecurringScheduler(
      RuleRepository rules,
      OccurrenceWriter writer,
      Transactions transactions,
      Clock clock,
      @Value("${spendwise.recurring.batch-size:200}") int batchSize,
      @Value("${spendwise.recurring.max-occurrences-per-run:100000}") int maxPerRun) {
    this.rules = rules;
    this.writer = writer;
    this.transactions = transactions;
    this.clock = clock;
    this.batchSize = batchSize;
    this.maxPerRun = maxPerRun;
  }

  /**
   * Works through due rules until none is left (or the run's cap is reached; the next run goes on).
   * The clock is read once, so a run has one "today" per user.
   */
  public RecurringRun runDue() {
    Instant now = clock.instant();
    LocalDate latestToday = LocalDate.ofInstant(now, EASTERNMOST);
    int recorded = 0;
    int failed = 0;
    while (recorded < maxPerRun) {
      List<RecurringId> claimed = new ArrayList<>();
      int batch;
      try {
        batch =
            transactions.write(
                () -> {
                  claimed.clear();
                  List<DueRule> due = rules.claimDue(now, latestToday, batchSize);
                  List<Plan> plans = new ArrayList<>();
                  for (DueRule rule : due) {
                    claimed.add(rule.rule().id());
                    plans.add(Plan.catchUp(rule, PER_RULE_PER_CLAIM));
                  }
                  return writer.record(plans).size();
                });
      } catch (RuntimeException e) {
        if (!aboutTheRules(e) || claimed.isEmpty()) {
          throw e;
        }
        // One rule spoiled the batch, which rolled back: run its rules one at a time.
        RecurringRun alone = runEach(claimed, now);
        recorded += alone.recorded();
        failed += alone.failed();
        if (alone.recorded() == 0 && alone.failed() == 0) {
          // Another instance holds the rules in question; the next run tries again.
          break;
        }
        continue;
      }
      recorded += batch;
      if (claimed.size() < batchSize) {
        break;
      }
    }
    return new RecurringRun(recorded, failed);
  }

  private RecurringRun runEach(List<RecurringId> ids, Instant now) {
    int recorded = 0;
    int failed = 0;
    for (RecurringId id : ids) {
      try {
        recorded +=
            transactions.write(
                () ->
                    rules
                        .claimOne(id, now)
                        .map(
                            due ->
                                writer
                                    .record(List.of(Plan.catchUp(due, PER_RULE_PER_CLAIM)))
                                    .size())
                        .orElse(0));
      } catch (RuntimeException e) {
        if (!aboutTheRules(e)) {
          throw e;
        }
        String reason = reason(e);
        if (transactions.write(() -> failRule(id, now, code(e), reason))) {
          failed++;
          if (e instanceof ProblemException) {
            log.warn("Paused recurring rule {}: {}", id.value(), reason);
          } else {
            log.error("Paused recurring rule {} after an unexpected failure", id.value(), e);
          }
        }
      }
    }
    return new RecurringRun(recorded, failed);
  }

  /**
   * Whether a failure is about the rules being recorded (the ledger refused an entry, the data
   * broke a constraint, or even a bug), so that the rule at fault is paused and the others carry
   * on; or about the database being unreachable, so that the whole run stops and the next one tries
   * again.
   */
  static boolean aboutTheRules(RuntimeException e) {
    return !(e instanceof TransientDataAccessException
        || e instanceof RecoverableDataAccessException
        || e instanceof DataAccessResourceFailureException
        || e instanceof TransactionException);
  }

  private static String reason(RuntimeException e) {
    if (e instanceof ProblemException problem) {
      // The ledger's field problems say what is wrong ("VND amounts have at most 0 decimal
      // places."); its summary alone would not.
      List<String> details =
          problem.fieldProblems().stream().map(FieldProblem::message).distinct().toList();
      return details.isEmpty() ? problem.getMessage() : String.join(" ", details);
    }
    if (e instanceof DataIntegrityViolationException) {
      return "It no longer fits the data it refers to.";
    }
    return "An unexpected error occurred; it has been logged.";
  }

  /** What the pages explain a failure by: the ledger's problem code, or what kind of failure. */
  private static String code(RuntimeException e) {
    if (e instanceof ProblemException problem) {
      return problem.fieldProblems().stream()
          .map(FieldProblem::code)
          .findFirst()
          .orElse(problem.code());
    }
    return e instanceof DataIntegrityViolationException ? "data-mismatch" : "unexpected";
  }

  private boolean failRule(RecurringId id, Instant now, String code, String reason) {
    return rules
        .claimOne(id, now)
        .map(
            due -> {
              writer.fail(due.user(), due.rule(), code, reason);
              return true;
            })
        .orElse(false);
  }
}
