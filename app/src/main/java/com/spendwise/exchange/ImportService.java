package com.spendwise.exchange;

import com.spendwise.category.Category;
import com.spendwise.exchange.internal.ImportPlan;
import com.spendwise.exchange.internal.ImportPlan.Planned;
import com.spendwise.exchange.internal.ImportRecorder;
import com.spendwise.exchange.internal.JobRepository;
import com.spendwise.exchange.internal.OfxAccounts;
import com.spendwise.exchange.internal.StatementCsv;
import com.spendwise.exchange.internal.StatementOfx;
import com.spendwise.exchange.internal.StatementRow;
import com.spendwise.shared.FieldProblem;
import com.spendwise.shared.ProblemException;
import com.spendwise.shared.Transactions;
import com.spendwise.transaction.EntryType;
import com.spendwise.transaction.LedgerService;
import com.spendwise.user.UserId;
import com.spendwise.user.UserService;
import com.spendwise.wallet.Wallet;
import com.spendwise.wallet.WalletId;
import com.spendwise.wallet.WalletService;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
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

  private final WalletService wallets;
  private final ImportRecorder recorder;
  private final Transactions transactions;
  private final UserService users;
  private final JobRepository jobs;
  private final ImportJobView jobView;
  private final ApplicationEventPublisher events;
  private final JsonMapper json;
  private final int jobRows;
  private final OfxAccounts ofxAccounts;

  ImportService(
      UserService users,
      WalletService wallets,
      ImportRecorder recorder,
      Transactions transactions,
      JobRepository jobs,
      ImportJobView jobView,
      ApplicationEventPublisher events,
      JsonMapper json,
      @Value("${spendwise.imports.job-rows:5000}") int jobRows,
      OfxAccounts ofxAccounts) {
    this.users = users;
    this.wallets = wallets;
    this.recorder = recorder;
    this.transactions = transactions;
    this.jobs = jobs;
    this.jobView = jobView;
    this.events = events;
    this.json = json;
    this.jobRows = jobRows;
    this.ofxAccounts = ofxAccounts;
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
    return importOfx(user, walletId, file, options, null);
  }

  /**
   * An OFX statement's {@code account} (its ACCTID; null: the file's only one, or the one this
   * wallet took last time); once imported, the wallet remembers it.
   */
  public Outcome importOfx(
      UserId user, WalletId walletId, byte[] file, Options options, String account) {
    Wallet wallet = wallets.get(user, walletId);
    StatementOfx.Account chosen = ofxAccount(user, wallet, file, account);
    Outcome outcome =
        importRows(user, wallet, chosen.rows(), options, new Source("ofx", file, chosen.id()));
    if (!options.dryRun()) {
      ofxAccounts.remember(user, chosen.id(), wallet.id());
    }
    return outcome;
  }

  /** An account an OFX file holds: its ACCTID, currency and how many transactions. */
  public record StatementAccount(String id, String currency, int transactions) {}

  /** The accounts of an OFX file, for a person to choose the one that goes into a wallet. */
  public List<StatementAccount> accountsIn(UserId user, byte[] file) {
    return StatementOfx.read(file, ZoneId.of(users.get(user).timeZone())).accounts().stream()
        .map(a -> new StatementAccount(a.id(), a.currency(), a.rows().size()))
        .toList();
  }

  /** The rows of a file as a job keeps it. */
  List<StatementRow> read(UserId user, Wallet wallet, String format, byte[] file, String mapping) {
    return format.equals("ofx")
        ? ofxAccount(user, wallet, file, mapping).rows()
        : StatementCsv.read(file, json.readValue(mapping, ImportMapping.class));
  }

  private StatementOfx.Account ofxAccount(UserId user, Wallet wallet, byte[] file, String account) {
    StatementOfx.Account statement =
        ofxAccounts.choose(
            user, wallet, StatementOfx.read(file, ZoneId.of(users.get(user).timeZone())), account);
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
    return statement;
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
      ImportPlan plan =
          recorder.plan(user, wallet, rows, options.createCategories(), new HashMap<>());
      return ImportResults.report(plan, wallet, recorder.freshKeys(wallet, plan.planned()), false);
    }
    if (rows.size() >= jobRows) {
      ImportPlan plan =
          recorder.plan(user, wallet, rows, options.createCategories(), new HashMap<>());
      ImportResults.refuseUnlessSkipping(plan, options);
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
          ImportPlan plan = recorder.plan(user, wallet, rows, options.createCategories(), known);
          ImportResults.refuseUnlessSkipping(plan, options);
          recorder.createCategories(user, plan, known);
          Set<String> recorded = new HashSet<>();
          List<Planned> planned = plan.planned();
          for (int from = 0; from < planned.size(); from += LedgerService.MAX_BATCH) {
            recorded.addAll(
                recorder.recordChunk(
                    user,
                    wallet,
                    planned.subList(from, Math.min(planned.size(), from + LedgerService.MAX_BATCH)),
                    known));
          }
          return ImportResults.report(plan, wallet, recorded, true);
        });
  }
}
