package com.spendwise.report.internal;

import com.spendwise.category.CategoryId;
import com.spendwise.report.ReportFilter;
import com.spendwise.tag.TagId;
import com.spendwise.user.UserId;
import com.spendwise.wallet.WalletId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The FROM and WHERE of a query over income and expenses ({@code f}: user_id, date, type,
 * wallet_id, category_id, amount, entries) joined with their wallets ({@code w}), for one user and
 * date range. Without a tag filter it reads the daily totals; tags are not in those, so a tag
 * filter reads the ledger itself (slower at large volumes, same figures).
 */
final class FlowSource {

  final String sql;
  final List<Object> params = new ArrayList<>();

  FlowSource(UserId user, LocalDate from, LocalDate to, ReportFilter filter) {
    StringBuilder s = new StringBuilder(" FROM ");
    if (filter.tagIds().isEmpty()) {
      s.append("report_daily_flows f");
    } else {
      s.append(
          "(SELECT t.user_id, t.date, t.type, CASE t.type WHEN 'INCOME' THEN t.target_wallet_id"
              + " ELSE t.source_wallet_id END AS wallet_id, t.category_id, t.amount, 1 AS entries"
              + " FROM transactions t WHERE t.user_id = ? AND t.type <> 'TRANSFER'"
              + " AND t.date BETWEEN ? AND ? AND EXISTS (SELECT 1 FROM transaction_tags tt"
              + " WHERE tt.transaction_id = t.id AND tt.tag_id = ANY(CAST(? AS uuid[])))) f");
      params.add(user.value());
      params.add(from);
      params.add(to);
      params.add(ids(filter.tagIds().stream().map(TagId::value).toList()));
    }
    s.append(
        " JOIN wallets w ON w.id = f.wallet_id WHERE f.user_id = ? AND f.date BETWEEN ? AND ?");
    params.add(user.value());
    params.add(from);
    params.add(to);
    if (!filter.walletIds().isEmpty()) {
      s.append(" AND f.wallet_id = ANY(CAST(? AS uuid[]))");
      params.add(ids(filter.walletIds().stream().map(WalletId::value).toList()));
    }
    if (!filter.categoryIds().isEmpty()) {
      s.append(" AND f.category_id = ANY(CAST(? AS uuid[]))");
      params.add(ids(filter.categoryIds().stream().map(CategoryId::value).toList()));
    }
    sql = s.toString();
  }

  static String[] ids(List<UUID> ids) {
    return ids.stream().map(UUID::toString).toArray(String[]::new);
  }
}
