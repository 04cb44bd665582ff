package com.spendwise.support;

import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Recomputes the reports' daily totals from the ledger and lists where the stored ones differ, for
 * the given users. A stored row of zeros (everything it counted was deleted) equals no row.
 */
public final class ReportTotals {

  private ReportTotals() {}

  public static List<String> mismatches(JdbcClient jdbc, List<UUID> users) {
    UUID[] ids = users.toArray(UUID[]::new);
    List<String> flows =
        jdbc.sql(
                "WITH ledger AS (SELECT user_id, date, type, CASE type WHEN 'INCOME'"
                    + " THEN target_wallet_id ELSE source_wallet_id END AS wallet_id,"
                    + " category_id, sum(amount) AS amount, count(*) AS entries"
                    + " FROM transactions WHERE type <> 'TRANSFER' AND user_id = ANY(?)"
                    + " GROUP BY 1, 2, 3, 4, 5),"
                    + " stored AS (SELECT user_id, date, type, wallet_id, category_id, amount,"
                    + " entries FROM report_daily_flows WHERE user_id = ANY(?)"
                    + " AND (amount <> 0 OR entries <> 0))"
                    + " SELECT 'flows ' || COALESCE(l.date, s.date) || ' ' || COALESCE(l.type, s.type)"
                    + " || ': ledger ' || COALESCE(l.amount::text, '-') || '/'"
                    + " || COALESCE(l.entries::text, '-') || ', stored '"
                    + " || COALESCE(s.amount::text, '-') || '/' || COALESCE(s.entries::text, '-')"
                    + " FROM ledger l FULL JOIN stored s ON s.user_id = l.user_id"
                    + " AND s.date = l.date AND s.type = l.type AND s.wallet_id = l.wallet_id"
                    + " AND s.category_id IS NOT DISTINCT FROM l.category_id"
                    + " WHERE l.amount IS DISTINCT FROM s.amount"
                    + " OR l.entries IS DISTINCT FROM s.entries")
            .params(ids, ids)
            .query(String.class)
            .list();
    List<String> balances =
        jdbc.sql(
                "WITH ledger AS (SELECT user_id, wallet_id, date, sum(delta) AS delta FROM ("
                    + " SELECT user_id, source_wallet_id AS wallet_id, date, -amount AS delta"
                    + " FROM transactions WHERE source_wallet_id IS NOT NULL AND user_id = ANY(?)"
                    + " UNION ALL SELECT user_id, target_wallet_id, date,"
                    + " COALESCE(target_amount, amount) FROM transactions"
                    + " WHERE target_wallet_id IS NOT NULL AND user_id = ANY(?)) m"
                    + " GROUP BY 1, 2, 3 HAVING sum(delta) <> 0),"
                    + " stored AS (SELECT user_id, wallet_id, date, delta FROM report_daily_balances"
                    + " WHERE user_id = ANY(?) AND delta <> 0)"
                    + " SELECT 'balance ' || COALESCE(l.wallet_id, s.wallet_id) || ' '"
                    + " || COALESCE(l.date, s.date) || ': ledger ' || COALESCE(l.delta::text, '-')"
                    + " || ', stored ' || COALESCE(s.delta::text, '-')"
                    + " FROM ledger l FULL JOIN stored s ON s.user_id = l.user_id"
                    + " AND s.wallet_id = l.wallet_id AND s.date = l.date"
                    + " WHERE l.delta IS DISTINCT FROM s.delta")
            .params(ids, ids, ids)
            .query(String.class)
            .list();
    return Stream.concat(flows.stream(), balances.stream()).toList();
  }
}
