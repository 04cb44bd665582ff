package com.spendwise.exchange.internal;

import com.spendwise.category.Category;
import com.spendwise.category.CategoryId;
import com.spendwise.shared.FieldProblem;
import com.spendwise.shared.Money;
import com.spendwise.transaction.EntryDraft;
import com.spendwise.transaction.EntryType;
import com.spendwise.wallet.WalletId;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What each row of a statement becomes, decided before anything is written and the same every time
 * for the same file: the rows to record with their de-duplication keys, the rows with problems, and
 * the categories an import would create. Keys are the bank's id when the mapping has one, else a
 * fingerprint of date, amount and normalised note with a counter for identical rows of the file
 * (two real identical coffees on one day are two rows). A resumed import job plans again and gets
 * the same keys in the same order.
 */
public final class ImportPlan {

  /** A row ready to record. */
  public record Planned(StatementRow row, EntryType type, BigDecimal amount, String key) {}

  private final List<StatementRow> rows;
  private final List<Planned> planned = new ArrayList<>();
  private final Map<Integer, List<FieldProblem>> problemsByLine = new LinkedHashMap<>();
  // New categories by type and name, with the name as the file first writes it.
  private final Map<String, String> toCreate = new LinkedHashMap<>();

  /**
   * Plans {@code rows} for a wallet in {@code currency}; {@code known} holds the user's categories
   * by {@link #categoryKey}.
   */
  public ImportPlan(
      List<StatementRow> rows,
      String currency,
      Map<String, Category> known,
      boolean createCategories) {
    this.rows = rows;
    Map<String, Integer> identical = new HashMap<>();
    for (StatementRow row : rows) {
      List<FieldProblem> problems = new ArrayList<>(row.problems());
      EntryType type = null;
      BigDecimal amount = null;
      if (row.amount() != null && row.amount().signum() != 0) {
        type = row.amount().signum() < 0 ? EntryType.EXPENSE : EntryType.INCOME;
        amount = row.amount().abs();
        Money.check("amount", amount, currency).ifPresent(problems::add);
      }
      EntryDraft.noteProblem("note", row.note()).ifPresent(problems::add);
      if (type != null && row.category() != null) {
        String name = categoryKey(type, row.category());
        if (!known.containsKey(name) && !toCreate.containsKey(name)) {
          if (createCategories) {
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
      String fingerprint = fingerprint(row, currency);
      int seen = identical.merge(fingerprint, 1, Integer::sum);
      String key =
          row.externalId() != null
              ? "ext:" + digest(row.externalId())
              : "fp:" + digest(fingerprint + "#" + seen);
      planned.add(new Planned(row, type, Money.normalize(amount, currency), key));
    }
  }

  public List<StatementRow> rows() {
    return rows;
  }

  public List<Planned> planned() {
    return planned;
  }

  public Map<Integer, List<FieldProblem>> problemsByLine() {
    return problemsByLine;
  }

  /** Categories to create before recording, by {@link #categoryKey}, with their names. */
  public Map<String, String> toCreate() {
    return toCreate;
  }

  /** The ledger's draft of a planned row; {@code known} must hold its category by now. */
  public static EntryDraft draft(Planned p, WalletId wallet, Map<String, Category> known) {
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

  public static String categoryKey(EntryType type, String name) {
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
}
