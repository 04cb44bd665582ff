package com.spendwise.transaction.internal;

import com.spendwise.shared.Cursor;
import com.spendwise.shared.Page;
import com.spendwise.shared.PageRequest;
import com.spendwise.transaction.LedgerEntry;
import com.spendwise.transaction.TransactionId;
import com.spendwise.user.UserId;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The review inbox (a person's unreviewed entries, oldest first, by a partial index) and the
 * entries that rules revise, locked a chunk at a time.
 */
@Repository
public class ReviewRepository {

  private final JdbcClient jdbc;

  ReviewRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Page<LedgerEntry> queue(UserId user, PageRequest page) {
    List<Object> params = new ArrayList<>(List.of(user.value()));
    StringBuilder sql =
        new StringBuilder(
            "SELECT "
                + EntryRepository.COLUMNS
                + " FROM transactions t WHERE t.user_id = ? AND NOT t.reviewed");
    if (page.cursor() != null) {
      List<String> key = Cursor.decode(page.cursor(), 2);
      sql.append(" AND (t.date, t.id) > (?, ?)");
      params.add(date(key.get(0)));
      params.add(Cursor.uuid(key.get(1)));
    }
    sql.append(" ORDER BY t.date, t.id LIMIT ?");
    params.add(page.limit() + 1);
    List<LedgerEntry> rows = jdbc.sql(sql.toString()).params(params).query(EntryRows::map).list();
    return Page.of(rows, page.limit(), EntryQuery::cursorOf);
  }

  public long waiting(UserId user) {
    return jdbc.sql("SELECT count(*) FROM transactions WHERE user_id = ? AND NOT reviewed")
        .param(user.value())
        .query(Long.class)
        .single();
  }

  /** Marks the entries reviewed; returns how many were waiting. */
  public int confirm(UserId user, List<TransactionId> ids) {
    return jdbc.sql(
            "UPDATE transactions SET reviewed = true, version = version + 1, updated_at = now()"
                + " WHERE user_id = ? AND id = ANY(CAST(? AS uuid[])) AND NOT reviewed")
        .params(user.value(), ids(ids))
        .update();
  }

  /**
   * Locks the user's entries among {@code ids}, in id order (so that writers queue, never cross).
   */
  public List<LedgerEntry> lockAll(UserId user, List<TransactionId> ids) {
    return jdbc.sql(
            "SELECT "
                + EntryRepository.COLUMNS
                + " FROM transactions t WHERE t.user_id = ? AND t.id = ANY(CAST(? AS uuid[]))"
                + " ORDER BY t.id FOR UPDATE OF t")
        .params(user.value(), ids(ids))
        .query(EntryRows::map)
        .list();
  }

  private static String[] ids(List<TransactionId> ids) {
    return ids.stream().map(id -> id.value().toString()).toArray(String[]::new);
  }

  private static LocalDate date(String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw Cursor.invalid();
    }
  }
}
