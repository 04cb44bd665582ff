package com.spendwise.exchange;

import com.spendwise.exchange.internal.ImportPlan;
import com.spendwise.exchange.internal.ImportPlan.Planned;
import com.spendwise.exchange.internal.StatementRow;
import com.spendwise.shared.FieldProblem;
import com.spendwise.shared.Money;
import com.spendwise.shared.ProblemException;
import com.spendwise.transaction.EntryType;
import com.spendwise.wallet.Wallet;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;

/**
 * What an import says it did or would do: a row's result, the report of a preview or an import, and
 * the refusal of a file with problems.
 */
final class ImportResults {

  /** Rows reported with their problems in a refusal; the rest are counted. */
  static final int MAX_REPORTED = 100;

  private ImportResults() {}

  static void refuseUnlessSkipping(ImportPlan plan, ImportService.Options options) {
    if (!plan.problemsByLine().isEmpty() && !options.skipInvalid()) {
      throw refusal(plan.problemsByLine());
    }
  }

  /** The result of a plan, given the keys recorded (or, in a preview, that would be). */
  static ImportService.Result report(
      ImportPlan plan, Wallet wallet, Set<String> recorded, boolean write) {
    List<ImportService.RowResult> results = new ArrayList<>();
    int duplicates = 0;
    Map<Integer, Planned> plannedByLine = new HashMap<>();
    plan.planned().forEach(p -> plannedByLine.put(p.row().line(), p));
    Set<String> unclaimed = new HashSet<>(recorded);
    for (StatementRow row : plan.rows()) {
      Planned p = plannedByLine.get(row.line());
      if (p == null) {
        ImportService.Status status =
            write ? ImportService.Status.SKIPPED : ImportService.Status.INVALID;
        results.add(result(row, null, null, status, plan.problemsByLine().get(row.line()), wallet));
      } else if (unclaimed.remove(p.key())) {
        results.add(
            result(
                row,
                p.type(),
                p.amount(),
                write ? ImportService.Status.IMPORTED : ImportService.Status.NEW,
                List.of(),
                wallet));
      } else {
        duplicates++;
        results.add(
            result(row, p.type(), p.amount(), ImportService.Status.DUPLICATE, List.of(), wallet));
      }
    }
    if (write) {
      // An import reports the rows it skipped for their problems; the rest are counted (a
      // statement of 100,000 rows answers with a summary, not 100,000 rows).
      results.removeIf(row -> row.status() != ImportService.Status.SKIPPED);
    }
    ImportService.Summary summary =
        new ImportService.Summary(
            plan.rows().size(),
            plan.planned().size() - duplicates,
            duplicates,
            plan.problemsByLine().size(),
            List.copyOf(plan.toCreate().values()));
    return new ImportService.Result(!write, wallet.id(), summary, results);
  }

  /** The rows a finished import reports: those skipped for their problems. */
  static List<ImportService.RowResult> skippedRows(ImportPlan plan, Wallet wallet) {
    List<ImportService.RowResult> skipped = new ArrayList<>();
    for (StatementRow row : plan.rows()) {
      List<FieldProblem> problems = plan.problemsByLine().get(row.line());
      if (problems != null) {
        skipped.add(result(row, null, null, ImportService.Status.SKIPPED, problems, wallet));
      }
    }
    return skipped;
  }

  static ImportService.RowResult result(
      StatementRow row,
      EntryType type,
      BigDecimal amount,
      ImportService.Status status,
      List<FieldProblem> problems,
      Wallet wallet) {
    return new ImportService.RowResult(
        row.line(),
        row.date(),
        type,
        amount == null ? null : Money.text(amount, wallet.currency()),
        row.note(),
        row.category(),
        status,
        problems == null ? List.of() : problems,
        problems == null || problems.isEmpty() ? Map.of() : row.cells());
  }

  static ProblemException refusal(Map<Integer, List<FieldProblem>> problemsByLine) {
    List<FieldProblem> reported = new ArrayList<>();
    problemsByLine.forEach(
        (line, problems) -> {
          for (FieldProblem problem : problems) {
            if (reported.size() < MAX_REPORTED) {
              reported.add(
                  new FieldProblem(
                      "rows[line " + line + "]." + problem.field(),
                      problem.code(),
                      problem.message()));
            }
          }
        });
    return ProblemException.withFields(
        HttpStatus.UNPROCESSABLE_CONTENT,
        "invalid-rows",
        problemsByLine.size()
            + " rows have problems; nothing was imported. Fix them, or import with skipInvalid"
            + " to record the other rows and report these.",
        reported);
  }
}
