package com.spendwise.transaction.internal;

import com.spendwise.category.CategoryId;
import com.spendwise.shared.Page;
import com.spendwise.shared.PageRequest;
import com.spendwise.shared.TextFold;
import com.spendwise.transaction.EntryFilter;
import com.spendwise.transaction.EntrySums;
import com.spendwise.transaction.EntryType;
import com.spendwise.transaction.ExpenseScope;
import com.spendwise.transaction.LedgerEntry;
import com.spendwise.transaction.TransactionId;
import com.spendwise.user.UserId;
import com.spendwise.wallet.WalletId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reading the transactions and transaction_tags tables (writes are {@link EntryWriter}'s). Every
 * statement names the owner.
 */
@Repository
public class EntryRepository {

  static final String COLUMNS =
      "t.id, t.type, t.amount, t.source_wallet_id, t.target_wallet_id, t.target_amount,"
          + " t.category_id, t.date, t.note, t.recurring_transaction_id, t.version, t.created_at,"
          + " t.updated_at, t.imported, t.reviewed, t.person_fields, t.rule_fields,"
          + " t.created_by, t.updated_by, t.contribution_id,"
          + " ARRAY(SELECT tt.tag_id::text FROM transaction_tags tt"
          + " WHERE tt.transaction_id = t.id ORDER BY tt.tag_id) AS tag_ids";

  private static final Pattern PLAN_ROWS = Pattern.compile(" rows=(\\d+) ");

  private final JdbcClient jdbc;

  EntryRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Whether the user has recorded any entry. */
  public boolean any(UserId user) {
    return jdbc.sql("SELECT EXISTS (SELECT 1 FROM transactions WHERE user_id = ?)")
        .param(user.value())
        .query(Boolean.class)
        .single();
  }

  public Optional<LedgerEntry> find(UserId user, TransactionId id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM transactions t WHERE t.id = ? AND t.user_id = ?")
        .params(id.value(), user.value())
        .query(EntryRows::map)
        .optional();
  }

  /** Locks an entry against concurrent edits and deletes until the transaction ends. */
  public Optional<LedgerEntry> lock(UserId user, TransactionId id) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM transactions t WHERE t.id = ? AND t.user_id = ? FOR UPDATE OF t")
        .params(id.value(), user.value())
        .query(EntryRows::map)
        .optional();
  }

  /**
   * Totals per scope, in the order given: one correlated sum per scope, by the date index. {@code
   * currencies} holds the currency of each of the user's wallets.
   */
  public List<BigDecimal> expenseTotals(
      UserId user, List<ExpenseScope> scopes, Map<WalletId, String> currencies) {
    return jdbc.sql(
            "WITH w (id, currency) AS (SELECT * FROM unnest(CAST(? AS uuid[]), CAST(? AS text[])))"
                + " SELECT COALESCE((SELECT sum(t.amount) FROM transactions t"
                + " JOIN w ON w.id = t.source_wallet_id"
                + " WHERE t.user_id = ? AND t.type = 'EXPENSE'"
                + " AND t.date BETWEEN x.from_date AND x.to_date AND w.currency = x.currency"
                + " AND (x.category IS NULL OR t.category_id = x.category)), 0)"
                + " FROM unnest(CAST(? AS text[]), CAST(? AS uuid[]), CAST(? AS date[]),"
                + " CAST(? AS date[])) WITH ORDINALITY AS x(currency, category, from_date, to_date, n)"
                + " ORDER BY x.n")
        .params(
            currencies.keySet().stream().map(id -> id.value().toString()).toArray(String[]::new),
            currencies.values().toArray(String[]::new),
            user.value(),
            scopes.stream().map(ExpenseScope::currency).toArray(String[]::new),
            scopes.stream()
                .map(s -> s.category() == null ? null : s.category().value().toString())
                .toArray(String[]::new),
            scopes.stream().map(s -> s.from().toString()).toArray(String[]::new),
            scopes.stream().map(s -> s.to().toString()).toArray(String[]::new))
        .query(BigDecimal.class)
        .list();
  }

  /**
   * A page of the user's entries matching {@code filter}, newest first (see {@link EntryQuery}).
   */
  public Page<LedgerEntry> page(UserId user, EntryFilter filter, PageRequest page) {
    String narrowBy = planTextSearch(filter);
    List<Object> params = new ArrayList<>();
    String sql =
        new EntryQuery(user, filter, narrowBy).pageSql(page.cursor(), page.limit(), params);
    List<LedgerEntry> rows = jdbc.sql(sql).params(params).query(EntryRows::map).list();
    return Page.of(rows, page.limit(), EntryQuery::cursorOf);
  }

  /** The sums of the user's entries matching {@code filter} (see {@link EntryQuery#sumsSql}). */
  public List<EntrySums> sums(UserId user, EntryFilter filter, List<LocalDate> days) {
    String narrowBy = planTextSearch(filter);
    List<Object> params = new ArrayList<>();
    String sql = new EntryQuery(user, filter, narrowBy).sumsSql(days, params);
    return jdbc.sql(sql)
        .params(params)
        .query(
            (rs, row) ->
                new EntrySums(
                    rs.getObject("day", LocalDate.class),
                    new WalletId(rs.getObject("wallet_id", UUID.class)),
                    EntryType.valueOf(rs.getString("type")),
                    rs.getBigDecimal("amount"),
                    rs.getLong("entries")))
        .list();
  }

  /** The ids of the user's entries matching {@code filter} (see {@link EntryQuery#idsSql}). */
  public List<TransactionId> ids(UserId user, EntryFilter filter) {
    String narrowBy = planTextSearch(filter);
    List<Object> params = new ArrayList<>();
    String sql = new EntryQuery(user, filter, narrowBy).idsSql(params);
    return jdbc.sql(sql)
        .params(params)
        .query((rs, n) -> new TransactionId(rs.getObject(1, UUID.class)))
        .list();
  }

  /** How many of the user's entries match {@code filter}. */
  public long count(UserId user, EntryFilter filter) {
    String narrowBy = planTextSearch(filter);
    List<Object> params = new ArrayList<>();
    String sql = new EntryQuery(user, filter, narrowBy).countSql(params);
    return jdbc.sql(sql).params(params).query(Long.class).single();
  }

  /**
   * For a text search, makes the rest of this transaction plan each statement for its actual
   * values, and returns the word of a phrase that the trigram index should narrow by, or null to
   * ask it for the whole phrase. A text search's selectivity depends entirely on the word: a
   * generic plan (which the driver's prepared statements get after a few runs) walks the date index
   * over all the user's rows, measured at 1.2 s for a rare word among a million, where the plan for
   * the word itself takes 0.2 s.
   *
   * <p>The index reads one posting list per trigram of the pattern, so a phrase with a word that
   * nearly every note holds ("note 999993") costs as much as that word. Narrowing by the phrase's
   * rarest word instead, and checking the phrase on the rows found, is fast when that word is rare
   * and slow when it is not (every note holding it is read), and the word's length says nothing
   * about which it is. The planner does know: it estimates a pattern by trying it on its sample of
   * the column. So each word of three or more letters gets an estimate (one EXPLAIN each, planning
   * only), and the rarest narrows the search only when the planner expects at most one note in a
   * thousand to hold it (or 1,000 notes, on a smaller table).
   */
  String planTextSearch(EntryFilter filter) {
    if (filter.text() == null) {
      return null;
    }
    jdbc.sql("SET LOCAL plan_cache_mode = force_custom_plan").update();
    String text = TextFold.fold(filter.text());
    List<String> words = EntryQuery.words(text);
    if (words.isEmpty() || words.equals(List.of(text))) {
      return null;
    }
    double notes =
        jdbc.sql("SELECT reltuples FROM pg_class WHERE oid = 'transactions'::regclass")
            .query(Double.class)
            .single();
    String rarest = null;
    double fewest = Math.max(1000, notes / 1000);
    for (String word : words) {
      double expected = estimatedNotesWith(word);
      if (expected <= fewest) {
        rarest = word;
        fewest = expected;
      }
    }
    return rarest;
  }

  /** The planner's estimate of how many notes hold {@code word} (letters and digits only). */
  private double estimatedNotesWith(String word) {
    String plan =
        jdbc.sql("EXPLAIN SELECT 1 FROM transactions t WHERE " + EntryQuery.FOLDED_NOTE + " LIKE ?")
            .param("%" + word + "%")
            .query(String.class)
            .list()
            .get(0);
    Matcher rows = PLAN_ROWS.matcher(plan);
    return rows.find() ? Double.parseDouble(rows.group(1)) : Double.MAX_VALUE;
  }

  /** Whether any of the user's entries moves money out of or into {@code wallet}. */
  public boolean usesWallet(UserId user, WalletId wallet) {
    return jdbc.sql(
            "SELECT EXISTS (SELECT 1 FROM transactions WHERE source_wallet_id = ? AND user_id = ?)"
                + " OR EXISTS (SELECT 1 FROM transactions WHERE target_wallet_id = ?"
                + " AND user_id = ?)")
        .params(wallet.value(), user.value(), wallet.value(), user.value())
        .query(Boolean.class)
        .single();
  }

  /** Whether any of the user's entries has {@code category}. */
  public boolean usesCategory(UserId user, CategoryId category) {
    return jdbc.sql(
            "SELECT EXISTS (SELECT 1 FROM transactions WHERE category_id = ? AND user_id = ?)")
        .params(category.value(), user.value())
        .query(Boolean.class)
        .single();
  }
}
