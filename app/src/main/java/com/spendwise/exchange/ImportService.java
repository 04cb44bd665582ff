package com.spendwise.exchange;

import com.spendwise.category.Category;
import com.spendwise.category.CategoryDraft;
import com.spendwise.category.CategoryService;
import com.spendwise.category.CategoryType;
import com.spendwise.exchange.internal.ImportKeys;
import com.spendwise.exchange.internal.ImportPlan;
import com.spendwise.exchange.internal.ImportPlan.Planned;
import com.spendwise.exchange.internal.JobRepository;
import com.spendwise.exchange.internal.StatementCsv;
import com.spendwise.exchange.internal.StatementOfx;
import com.spendwise.exchange.internal.StatementRow;
import com.spendwise.shared.FieldProblem;
import com.spendwise.shared.Money;
import com.spendwise.shared.ProblemException;
import com.spendwise.shared.Transactions;
import com.spendwise.transaction.EntryType;
import com.spendwise.transaction.LedgerEntry;
import com.spendwise.transaction.LedgerService;
import com.spendwise.transaction.TransactionId;
import com.spendwise.user.UserId;
import com.spendwise.user.UserService;
import com.spendwise.wallet.Wallet;
import com.spendwise.wallet.WalletId;
import com.spendwise.wallet.WalletService;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bank statements into a wallet. A preview reads the file and says what each row becomes, writing
 * nothing. An import records the new rows through the ledger's own rules, in one database
 * transaction: all of them or, when any row has a problem the caller did not choose to skip, none.
 * Rows the wallet recorded before (see {@link ImportPlan}) are skipped and counted as duplicates. A
 * file of {@code spendwise.imports.job-rows} rows or more is checked the same way and then imported
 * by a job ({@link ImportJobs}), a chunk per database transaction.
 */
@Service
public class ImportService {

  /** Rows reported with their problems in a refusal; the rest are counted. */
  static final int MAX_REPORTED = 100;

  private final WalletService wallets;
  private final CategoryService categories;
  private final LedgerService ledger;
  private final ImportKeys keys;
  private final Transactions transactions;
  private final UserService users;
  private final JobRepository jobs;
  private final ImportJobView jobView;
  private final ApplicationEventPublisher events;
  private final JsonMapper json;
  private final int jobRows;

  ImportService(
      UserService users,
      WalletService wallets,
      CategoryService categories,
      LedgerService ledger,
      ImportKeys keys,
      Transactions transactions,
      JobRepository jobs,
      ImportJobView jobView,
      ApplicationEventPublisher events,
      JsonMapper json,
      @Value("${spendwise.imports.job-rows:5000}") int jobRows) {
    this.users = users;
    this.wallets = wallets;
    this.categories = categories;
    this.ledger = ledger;
    this.keys = keys;
    this.transactions = transactions;
    this.jobs = jobs;
    this.jobView = jobView;
    this.events = events;
    this.json = json;
    this.jobRows = jobRows;
  }

  /** What the caller asked for besides the file and its mapping. */
  public record Options(boolean dryRun, boolean skipInvalid, boolean createCategories) {}

  /** One row of the statement and what became of it (or would, in a preview). */
  public record RowResult(
      int line,
      LocalDate date,
      EntryType type,
      String amount,
      String note,
      String category,
      Status status,
      List<FieldProblem> problems,
      @Schema(
              description =
                  "For a row with problems: the file's text of its date and amount fields, by"
                      + " field (date, amount, debit, credit).")
          Map<String, String> cells) {

    public RowResult {
      // Rows a job stored before cells existed have none.
      cells = cells == null ? Map.of() : cells;
    }
  }

  public enum Status {
    /** Preview: will be recorded. */
    NEW,
    IMPORTED,
    /** Recorded before, by this import or an earlier one. */
    DUPLICATE,
    /** Has problems; an import refuses the file unless asked to skip such rows. */
    INVALID,
    /** Had problems and was skipped on request. */
    SKIPPED
  }

  public record Summary(
      int rows, int recorded, int duplicates, int invalid, List<String> categoriesCreated) {}

  /**
   * What happened. A preview lists every row; an import lists only the rows it skipped for their
   * problems (the others are in the summary's counts).
   */
  public record Result(boolean dryRun, WalletId walletId, Summary summary, List<RowResult> rows)
      implements Outcome {}

  /** What an import answers: its result, or the job that imports a large file. */
  public sealed interface Outcome permits Result, ImportJob {}

  /** The file as given, kept with a job so that a worker can read it again. */
  private record Source(String format, byte[] content, String mapping) {}

  public Outcome importCsv(
      UserId user, WalletId walletId, byte[] file, ImportMapping mapping, Options options) {
    List<FieldProblem> mappingProblems = mapping.problems();
    if (!mappingProblems.isEmpty()) {
      throw ProblemException.invalidFields(mappingProblems);
    }
    Wallet wallet = wallets.get(user, walletId);
    return importRows(
        user,
        wallet,
        StatementCsv.read(file, mapping),
        options,
        new Source("csv", file, json.writeValueAsString(mapping)));
  }

  /**
   * An OFX statement (1.x or 2.x): the bank's {@code FITID} decides duplicates, and its currency
   * must be the wallet's.
   */
  public Outcome importOfx(UserId user, WalletId walletId, byte[] file, Options options) {
    Wallet wallet = wallets.get(user, walletId);
    return importRows(
        user, wallet, ofxRows(user, wallet, file), options, new Source("ofx", file, null));
  }

  /** The rows of a file as a job keeps it. */
  List<StatementRow> read(UserId user, Wallet wallet, String format, byte[] file, String mapping) {
    return format.equals("ofx")
        ? ofxRows(user, wallet, file)
        : StatementCsv.read(file, json.readValue(mapping, ImportMapping.class));
  }

  private List<StatementRow> ofxRows(UserId user, Wallet wallet, byte[] file) {
    StatementOfx.Statement statement =
        StatementOfx.read(file, ZoneId.of(users.get(user).timeZone()));
    if (statement.currency() != null && !statement.currency().equals(wallet.currency())) {
      throw ProblemException.invalidField(
          "walletId",
          "currency-mismatch",
          "The statement is in "
              + statement.currency()
              + " and the wallet in "
              + wallet.currency()
              + "; choose a "
              + statement.currency()
              + " wallet.");
    }
    return statement.rows();
  }

  /**
   * A preview answers at once; an import of fewer rows than a job takes records them all in one
   * database transaction; a larger one is checked whole (a row with a problem refuses it before a
   * job exists) and queued as a job, which records it a chunk at a time.
   */
  private Outcome importRows(
      UserId user, Wallet wallet, List<StatementRow> rows, Options options, Source source) {
    if (rows.isEmpty()) {
      throw ProblemException.invalidField("file", "empty", "The file holds no transactions.");
    }
    if (options.dryRun()) {
      ImportPlan plan = plan(user, wallet, rows, options.createCategories(), new HashMap<>());
      return report(plan, wallet, freshKeys(wallet, plan.planned()), false);
    }
    if (rows.size() >= jobRows) {
      ImportPlan plan = plan(user, wallet, rows, options.createCategories(), new HashMap<>());
      refuseUnlessSkipping(plan, options);
      UUID id =
          jobs.insert(
              user,
              wallet.id(),
              source.format(),
              source.mapping(),
              options.skipInvalid(),
              options.createCategories(),
              source.content(),
              rows.size(),
              plan.problemsByLine().size());
      events.publishEvent(new ImportJobQueued(id));
      return jobView.get(user, id);
    }
    return transactions.write(
        () -> {
          Map<String, Category> known = new HashMap<>();
          ImportPlan plan = plan(user, wallet, rows, options.createCategories(), known);
          refuseUnlessSkipping(plan, options);
          createCategories(user, plan, known);
          Set<String> recorded = new HashSet<>();
          List<Planned> planned = plan.planned();
          for (int from = 0; from < planned.size(); from += LedgerService.MAX_BATCH) {
            recorded.addAll(
                recordChunk(
                    user,
                    wallet,
                    planned.subList(from, Math.min(planned.size(), from + LedgerService.MAX_BATCH)),
                    known));
          }
          return report(plan, wallet, recorded, true);
        });
  }

  /** Plans the rows; {@code known} is filled with the user's categories by name. */
  ImportPlan plan(
      UserId user,
      Wallet wallet,
      List<StatementRow> rows,
      boolean createCategories,
      Map<String, Category> known) {
    known.putAll(categoriesByTypeAndName(user));
    return new ImportPlan(rows, wallet.currency(), known, createCategories);
  }

  private static void refuseUnlessSkipping(ImportPlan plan, Options options) {
    if (!plan.problemsByLine().isEmpty() && !options.skipInvalid()) {
      throw refusal(plan.problemsByLine());
    }
  }

  /** The result of a plan, given the keys recorded (or, in a preview, that would be). */
  private static Result report(
      ImportPlan plan, Wallet wallet, Set<String> recorded, boolean write) {
    List<RowResult> results = new ArrayList<>();
    int duplicates = 0;
    Map<Integer, Planned> plannedByLine = new HashMap<>();
    plan.planned().forEach(p -> plannedByLine.put(p.row().line(), p));
    Set<String> unclaimed = new HashSet<>(recorded);
    for (StatementRow row : plan.rows()) {
      Planned p = plannedByLine.get(row.line());
      if (p == null) {
        Status status = write ? Status.SKIPPED : Status.INVALID;
        results.add(result(row, null, null, status, plan.problemsByLine().get(row.line()), wallet));
      } else if (unclaimed.remove(p.key())) {
        results.add(
            result(
                row,
                p.type(),
                p.amount(),
                write ? Status.IMPORTED : Status.NEW,
                List.of(),
                wallet));
      } else {
        duplicates++;
        results.add(result(row, p.type(), p.amount(), Status.DUPLICATE, List.of(), wallet));
      }
    }
    if (write) {
      // An import reports the rows it skipped for their problems; the rest are counted (a
      // statement of 100,000 rows answers with a summary, not 100,000 rows).
      results.removeIf(row -> row.status() != Status.SKIPPED);
    }
    Summary summary =
        new Summary(
            plan.rows().size(),
            plan.planned().size() - duplicates,
            duplicates,
            plan.problemsByLine().size(),
            List.copyOf(plan.toCreate().values()));
    return new Result(!write, wallet.id(), summary, results);
  }

  /** The rows a finished import reports: those skipped for their problems. */
  static List<RowResult> skippedRows(ImportPlan plan, Wallet wallet) {
    List<RowResult> skipped = new ArrayList<>();
    for (StatementRow row : plan.rows()) {
      List<FieldProblem> problems = plan.problemsByLine().get(row.line());
      if (problems != null) {
        skipped.add(result(row, null, null, Status.SKIPPED, problems, wallet));
      }
    }
    return skipped;
  }

  /** The keys a preview would record: new to the wallet, and each once in the file. */
  private Set<String> freshKeys(Wallet wallet, List<Planned> planned) {
    Set<String> known = keys.known(wallet.id(), planned.stream().map(Planned::key).toList());
    Set<String> fresh = new HashSet<>();
    for (Planned p : planned) {
      if (!known.contains(p.key())) {
        fresh.add(p.key());
      }
    }
    return fresh;
  }

  /** Creates the plan's new categories and adds them to {@code known}; returns their names. */
  List<String> createCategories(UserId user, ImportPlan plan, Map<String, Category> known) {
    plan.toCreate()
        .forEach(
            (key, name) -> {
              CategoryType type = CategoryType.valueOf(key.substring(0, key.indexOf(':')));
              known.put(key, categories.create(user, new CategoryDraft(name, type, null, null)));
            });
    return List.copyOf(plan.toCreate().values());
  }

  /**
   * Claims a chunk's keys (at most {@link LedgerService#MAX_BATCH} rows) and records the rows they
   * won in one ledger batch, in the caller's transaction; returns the keys recorded.
   */
  Set<String> recordChunk(
      UserId user, Wallet wallet, List<Planned> chunk, Map<String, Category> known) {
    Set<String> claimed =
        keys.claim(user, wallet.id(), chunk.stream().map(Planned::key).distinct().toList());
    Set<String> won = new HashSet<>(claimed);
    List<Planned> fresh = new ArrayList<>();
    for (Planned p : chunk) {
      if (won.remove(p.key())) {
        fresh.add(p);
      }
    }
    if (fresh.isEmpty()) {
      return claimed;
    }
    List<LedgerEntry> created =
        ledger.createBatch(
            user, fresh.stream().map(p -> ImportPlan.draft(p, wallet.id(), known)).toList());
    Map<String, TransactionId> linked = new HashMap<>();
    for (int i = 0; i < fresh.size(); i++) {
      linked.put(fresh.get(i).key(), created.get(i).id());
    }
    keys.link(wallet.id(), linked);
    return claimed;
  }

  private Map<String, Category> categoriesByTypeAndName(UserId user) {
    Map<String, Category> byName = new HashMap<>();
    for (Category category : categories.all(user, null)) {
      byName.put(
          ImportPlan.categoryKey(EntryType.valueOf(category.type().name()), category.name()),
          category);
    }
    return byName;
  }

  static RowResult result(
      StatementRow row,
      EntryType type,
      BigDecimal amount,
      Status status,
      List<FieldProblem> problems,
      Wallet wallet) {
    return new RowResult(
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
