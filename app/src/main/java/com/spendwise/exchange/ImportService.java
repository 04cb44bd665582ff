package com.spendwise.exchange;

import com.spendwise.category.Category;
import com.spendwise.category.CategoryDraft;
import com.spendwise.category.CategoryId;
import com.spendwise.category.CategoryService;
import com.spendwise.category.CategoryType;
import com.spendwise.exchange.internal.ImportKeys;
import com.spendwise.exchange.internal.StatementCsv;
import com.spendwise.exchange.internal.StatementOfx;
import com.spendwise.exchange.internal.StatementRow;
import com.spendwise.shared.FieldProblem;
import com.spendwise.shared.Money;
import com.spendwise.shared.PageRequest;
import com.spendwise.shared.ProblemException;
import com.spendwise.shared.Transactions;
import com.spendwise.transaction.EntryDraft;
import com.spendwise.transaction.EntryType;
import com.spendwise.transaction.LedgerEntry;
import com.spendwise.transaction.LedgerService;
import com.spendwise.user.UserId;
import com.spendwise.user.UserService;
import com.spendwise.wallet.Wallet;
import com.spendwise.wallet.WalletId;
import com.spendwise.wallet.WalletService;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Bank statements into a wallet. A preview reads the file and says what each row becomes, writing
 * nothing. An import records the new rows through the ledger's own rules, in one database
 * transaction: all of them or, when any row has a problem the caller did not choose to skip, none.
 * Rows the wallet recorded before (the bank's id, else a fingerprint of date, amount and note with
 * a counter for identical rows of one file) are skipped and counted as duplicates.
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

  ImportService(
      UserService users,
      WalletService wallets,
      CategoryService categories,
      LedgerService ledger,
      ImportKeys keys,
      Transactions transactions) {
    this.users = users;
    this.wallets = wallets;
    this.categories = categories;
    this.ledger = ledger;
    this.keys = keys;
    this.transactions = transactions;
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
      List<FieldProblem> problems) {}

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
  public record Result(boolean dryRun, WalletId walletId, Summary summary, List<RowResult> rows) {}

  /** A row ready to record: its draft and its de-duplication key. */
  private record Planned(StatementRow row, EntryType type, BigDecimal amount, String key) {}

  public Result importCsv(
      UserId user, WalletId walletId, byte[] file, ImportMapping mapping, Options options) {
    List<FieldProblem> mappingProblems = mapping.problems();
    if (!mappingProblems.isEmpty()) {
      throw ProblemException.invalidFields(mappingProblems);
    }
    Wallet wallet = wallets.get(user, walletId);
    return importRows(user, wallet, StatementCsv.read(file, mapping), options);
  }

  /**
   * An OFX statement (1.x or 2.x): the bank's {@code FITID} decides duplicates, and its currency
   * must be the wallet's.
   */
  public Result importOfx(UserId user, WalletId walletId, byte[] file, Options options) {
    Wallet wallet = wallets.get(user, walletId);
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
    return importRows(user, wallet, statement.rows(), options);
  }

  private Result importRows(UserId user, Wallet wallet, List<StatementRow> rows, Options options) {
    if (rows.isEmpty()) {
      throw ProblemException.invalidField("file", "empty", "The file holds no transactions.");
    }
    return options.dryRun()
        ? plan(user, wallet, rows, options, false)
        : transactions.write(() -> plan(user, wallet, rows, options, true));
  }

  private Result plan(
      UserId user, Wallet wallet, List<StatementRow> rows, Options options, boolean write) {
    Map<String, Category> known = categoriesByTypeAndName(user);
    // New categories by type and name, with the name as the file first writes it.
    Map<String, String> toCreate = new LinkedHashMap<>();
    Map<String, Integer> identical = new HashMap<>();
    List<Planned> planned = new ArrayList<>();
    Map<Integer, List<FieldProblem>> problemsByLine = new LinkedHashMap<>();
    for (StatementRow row : rows) {
      List<FieldProblem> problems = new ArrayList<>(row.problems());
      EntryType type = null;
      BigDecimal amount = null;
      if (row.amount() != null && row.amount().signum() != 0) {
        type = row.amount().signum() < 0 ? EntryType.EXPENSE : EntryType.INCOME;
        amount = row.amount().abs();
        Money.check("amount", amount, wallet.currency()).ifPresent(problems::add);
      }
      EntryDraft.noteProblem("note", row.note()).ifPresent(problems::add);
      if (type != null && row.category() != null) {
        String name = categoryKey(type, row.category());
        if (!known.containsKey(name) && !toCreate.containsKey(name)) {
          if (options.createCategories()) {
            toCreate.put(name, row.category().strip());
          } else {
            problems.add(
                new FieldProblem(
                    "category",
                    "unknown-category",
                    "You have no "
                        + type
                        + " category \""
                        + row.category()
                        + "\"; create it, or import with createCategories."));
          }
        }
      }
      if (!problems.isEmpty()) {
        problemsByLine.put(row.line(), problems);
        continue;
      }
      String fingerprint = fingerprint(row, wallet.currency());
      int seen = identical.merge(fingerprint, 1, Integer::sum);
      String key =
          row.externalId() != null
              ? "ext:" + digest(row.externalId())
              : "fp:" + digest(fingerprint + "#" + seen);
      planned.add(new Planned(row, type, Money.normalize(amount, wallet.currency()), key));
    }
    if (write && !problemsByLine.isEmpty() && !options.skipInvalid()) {
      throw refusal(problemsByLine);
    }
    Set<String> recorded =
        write ? record(user, wallet, planned, known, toCreate) : freshKeys(wallet, planned);
    List<RowResult> results = new ArrayList<>();
    int duplicates = 0;
    Map<Integer, Planned> plannedByLine = new HashMap<>();
    planned.forEach(p -> plannedByLine.put(p.row().line(), p));
    for (StatementRow row : rows) {
      Planned p = plannedByLine.get(row.line());
      if (p == null) {
        Status status = write ? Status.SKIPPED : Status.INVALID;
        results.add(result(row, null, null, status, problemsByLine.get(row.line()), wallet));
      } else if (recorded.remove(p.key())) {
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
    int recordedCount = planned.size() - duplicates;
    Summary summary =
        new Summary(
            rows.size(),
            recordedCount,
            duplicates,
            problemsByLine.size(),
            List.copyOf(toCreate.values()));
    return new Result(!write, wallet.id(), summary, results);
  }

  /** The keys a preview would record: new to the wallet, and each once in the file. */
  private Set<String> freshKeys(Wallet wallet, List<Planned> planned) {
    Set<String> known = keys.known(wallet.id(), planned.stream().map(Planned::key).toList());
    Set<String> fresh = new java.util.HashSet<>();
    for (Planned p : planned) {
      if (!known.contains(p.key())) {
        fresh.add(p.key());
      }
    }
    return fresh;
  }

  /** Claims the keys and records the rows they won, a ledger batch at a time. */
  private Set<String> record(
      UserId user,
      Wallet wallet,
      List<Planned> planned,
      Map<String, Category> known,
      Map<String, String> toCreate) {
    toCreate.forEach(
        (key, name) -> {
          CategoryType type = CategoryType.valueOf(key.substring(0, key.indexOf(':')));
          known.put(key, categories.create(user, new CategoryDraft(name, type, null, null)));
        });
    Set<String> claimed =
        keys.claim(user, wallet.id(), planned.stream().map(Planned::key).distinct().toList());
    Set<String> won = new java.util.HashSet<>(claimed);
    List<Planned> fresh = new ArrayList<>();
    for (Planned p : planned) {
      if (won.remove(p.key())) {
        fresh.add(p);
      }
    }
    Map<String, com.spendwise.transaction.TransactionId> linked = new HashMap<>();
    for (int from = 0; from < fresh.size(); from += LedgerService.MAX_BATCH) {
      List<Planned> chunk =
          fresh.subList(from, Math.min(fresh.size(), from + LedgerService.MAX_BATCH));
      List<EntryDraft> drafts = chunk.stream().map(p -> draft(p, wallet.id(), known)).toList();
      List<LedgerEntry> created = ledger.createBatch(user, drafts);
      for (int i = 0; i < chunk.size(); i++) {
        linked.put(chunk.get(i).key(), created.get(i).id());
      }
    }
    keys.link(wallet.id(), linked);
    return new java.util.HashSet<>(claimed);
  }

  private static EntryDraft draft(Planned p, WalletId wallet, Map<String, Category> known) {
    Category category =
        p.row().category() == null ? null : known.get(categoryKey(p.type(), p.row().category()));
    CategoryId categoryId = category == null ? null : category.id();
    boolean expense = p.type() == EntryType.EXPENSE;
    return new EntryDraft(
        p.type(),
        p.amount(),
        expense ? wallet : null,
        expense ? null : wallet,
        null,
        categoryId,
        p.row().date(),
        p.row().note(),
        List.of());
  }

  private Map<String, Category> categoriesByTypeAndName(UserId user) {
    Map<String, Category> byName = new HashMap<>();
    String cursor = null;
    do {
      var page = categories.list(user, null, new PageRequest(PageRequest.MAX_LIMIT, cursor));
      for (Category category : page.items()) {
        byName.put(
            categoryKey(EntryType.valueOf(category.type().name()), category.name()), category);
      }
      cursor = page.nextCursor();
    } while (cursor != null);
    return byName;
  }

  private static String categoryKey(EntryType type, String name) {
    return type.name() + ":" + name.strip().toLowerCase(Locale.ROOT);
  }

  /** Date, amount and the note as a person reads it (case and spacing ignored). */
  private static String fingerprint(StatementRow row, String currency) {
    String note =
        row.note() == null
            ? ""
            : row.note().strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    return row.date() + "|" + Money.normalize(row.amount(), currency).toPlainString() + "|" + note;
  }

  private static String digest(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static RowResult result(
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
        problems == null ? List.of() : problems);
  }

  private static ProblemException refusal(Map<Integer, List<FieldProblem>> problemsByLine) {
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
