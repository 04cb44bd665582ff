package com.spendwise.report.internal;

import com.spendwise.report.Granularity;
import com.spendwise.report.ReportFilter;
import com.spendwise.user.UserId;
import com.spendwise.wallet.WalletId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Read-only SQL of the reports: the daily totals the database keeps beside the ledger (see the V5
 * migration), the ledger itself where those cannot answer, and the wallets, categories and tags
 * they name. Every statement names the owner.
 */
@Repository
public class ReportRepository {

  private final JdbcClient jdbc;

  ReportRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Income or expense totals of one currency in one bucket (its period's first day). */
  public record FlowTotal(
      String currency, LocalDate bucket, String type, BigDecimal amount, long entries) {}

  public List<FlowTotal> flowsByBucket(
      UserId user, LocalDate from, LocalDate to, Granularity granularity, ReportFilter filter) {
    FlowSource source = new FlowSource(user, from, to, filter);
    List<Object> params = new ArrayList<>();
    params.add(granularity.sqlField());
    params.addAll(source.params);
    return jdbc.sql(
            "SELECT w.currency, CAST(date_trunc(?, CAST(f.date AS timestamp)) AS date) AS bucket,"
                + " f.type, sum(f.amount) AS amount, sum(f.entries) AS entries"
                + source.sql
                + " GROUP BY 1, 2, 3")
        .params(params)
        .query(
            (rs, n) ->
                new FlowTotal(
                    rs.getString("currency"),
                    rs.getObject("bucket", LocalDate.class),
                    rs.getString("type"),
                    rs.getBigDecimal("amount"),
                    rs.getLong("entries")))
        .list();
  }

  /** A category's total of one type and currency, in the current period or the previous one. */
  public record CategoryTotal(
      String currency,
      UUID category,
      String name,
      boolean current,
      BigDecimal amount,
      long entries) {}

  /**
   * Totals per category from {@code previousFrom} to {@code to}; current ones from {@code from}.
   */
  public List<CategoryTotal> categoryTotals(
      UserId user,
      String type,
      LocalDate previousFrom,
      LocalDate from,
      LocalDate to,
      ReportFilter filter) {
    FlowSource source = new FlowSource(user, previousFrom, to, filter);
    List<Object> params = new ArrayList<>();
    params.add(from);
    params.addAll(source.params);
    params.add(type);
    return jdbc.sql(
            "SELECT w.currency, f.category_id, f.date >= ? AS current,"
                + " sum(f.amount) AS amount, sum(f.entries) AS entries,"
                + " (SELECT c.name FROM categories c WHERE c.id = f.category_id) AS name"
                + source.sql
                + " AND f.type = ? GROUP BY 1, 2, 3"
                // A day's row whose entries were all deleted or moved away stays at zero.
                + " HAVING sum(f.entries) <> 0")
        .params(params)
        .query(
            (rs, n) ->
                new CategoryTotal(
                    rs.getString("currency"),
                    rs.getObject("category_id", UUID.class),
                    rs.getString("name"),
                    rs.getBoolean("current"),
                    rs.getBigDecimal("amount"),
                    rs.getLong("entries")))
        .list();
  }

  /** Income and expense of one tag in one currency. */
  public record TagTotal(
      UUID tag,
      String name,
      String currency,
      BigDecimal income,
      BigDecimal expense,
      long entries) {}

  /** From the ledger: an entry with two tags counts under each. */
  public List<TagTotal> tagTotals(UserId user, LocalDate from, LocalDate to, ReportFilter filter) {
    StringBuilder where = new StringBuilder();
    List<Object> params = new ArrayList<>(List.of(user.value(), from, to));
    if (!filter.walletIds().isEmpty()) {
      where.append(" AND w.id = ANY(CAST(? AS uuid[]))");
      params.add(FlowSource.ids(filter.walletIds().stream().map(WalletId::value).toList()));
    }
    if (!filter.categoryIds().isEmpty()) {
      where.append(" AND t.category_id = ANY(CAST(? AS uuid[]))");
      params.add(FlowSource.ids(filter.categoryIds().stream().map(c -> c.value()).toList()));
    }
    if (!filter.tagIds().isEmpty()) {
      where.append(" AND g.id = ANY(CAST(? AS uuid[]))");
      params.add(FlowSource.ids(filter.tagIds().stream().map(t -> t.value()).toList()));
    }
    return jdbc.sql(
            "SELECT g.id, g.name, w.currency,"
                + " COALESCE(sum(t.amount) FILTER (WHERE t.type = 'INCOME'), 0) AS income,"
                + " COALESCE(sum(t.amount) FILTER (WHERE t.type = 'EXPENSE'), 0) AS expense,"
                + " count(*) AS entries"
                + " FROM transactions t JOIN transaction_tags tt ON tt.transaction_id = t.id"
                + " JOIN tags g ON g.id = tt.tag_id"
                + " JOIN wallets w ON w.id = CASE t.type WHEN 'INCOME' THEN t.target_wallet_id"
                + " ELSE t.source_wallet_id END"
                + " WHERE t.user_id = ? AND t.type <> 'TRANSFER' AND t.date BETWEEN ? AND ?"
                + where
                + " GROUP BY 1, 2, 3 ORDER BY lower(g.name), g.id, w.currency")
        .params(params)
        .query(
            (rs, n) ->
                new TagTotal(
                    rs.getObject("id", UUID.class),
                    rs.getString("name"),
                    rs.getString("currency"),
                    rs.getBigDecimal("income"),
                    rs.getBigDecimal("expense"),
                    rs.getLong("entries")))
        .list();
  }

  /**
   * How a wallet's balance moved in one bucket; {@code bucket} is null for everything before {@code
   * from}. Wallets without movements appear once with a zero delta.
   */
  public record WalletMovement(
      UUID wallet,
      String name,
      String currency,
      BigDecimal openingBalance,
      LocalDate bucket,
      BigDecimal delta) {}

  public List<WalletMovement> walletMovements(
      UserId user, LocalDate from, LocalDate to, Granularity granularity, List<WalletId> wallets) {
    List<Object> params =
        new ArrayList<>(List.of(from, granularity.sqlField(), user.value(), to, user.value()));
    String only = "";
    if (!wallets.isEmpty()) {
      only = " AND w.id = ANY(CAST(? AS uuid[]))";
      params.add(FlowSource.ids(wallets.stream().map(WalletId::value).toList()));
    }
    return jdbc.sql(
            "SELECT w.id, w.name, w.currency, w.opening_balance, d.bucket,"
                + " COALESCE(d.delta, 0) AS delta FROM wallets w LEFT JOIN ("
                + " SELECT wallet_id, CASE WHEN date < ? THEN NULL"
                + " ELSE CAST(date_trunc(?, CAST(date AS timestamp)) AS date) END AS bucket,"
                + " sum(delta) AS delta FROM report_daily_balances"
                + " WHERE user_id = ? AND date <= ? GROUP BY 1, 2) d ON d.wallet_id = w.id"
                + " WHERE w.user_id = ?"
                + only
                + " ORDER BY w.currency, w.name, w.id, d.bucket NULLS FIRST")
        .params(params)
        .query(
            (rs, n) ->
                new WalletMovement(
                    rs.getObject("id", UUID.class),
                    rs.getString("name"),
                    rs.getString("currency"),
                    rs.getBigDecimal("opening_balance"),
                    rs.getObject("bucket", LocalDate.class),
                    rs.getBigDecimal("delta")))
        .list();
  }

  /** The currencies of the user's wallets (of {@code wallets} only, when given), sorted. */
  public List<String> currencies(UserId user, List<WalletId> wallets) {
    List<Object> params = new ArrayList<>(List.of(user.value()));
    String only = "";
    if (!wallets.isEmpty()) {
      only = " AND id = ANY(CAST(? AS uuid[]))";
      params.add(FlowSource.ids(wallets.stream().map(WalletId::value).toList()));
    }
    return jdbc.sql(
            "SELECT DISTINCT currency FROM wallets WHERE user_id = ?" + only + " ORDER BY 1")
        .params(params)
        .query(String.class)
        .list();
  }
}
