package com.spendwise.transaction.internal;

import com.spendwise.shared.Cursor;
import com.spendwise.shared.TextFold;
import com.spendwise.tag.TagId;
import com.spendwise.transaction.EntryFilter;
import com.spendwise.transaction.LedgerEntry;
import com.spendwise.user.UserId;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Builds the transaction list's SQL from a filter: newest first, keyset-paginated on (date, id) so
 * that a page deep in the list costs what the first one does, served by the (user_id, date DESC, id
 * DESC) index. Every value is a bind parameter.
 */
final class EntryQuery {

  /** The note folded (no case, no accents) as it was written, which the index covers. */
  static final String FOLDED_NOTE = "t.note_folded";

  private final StringBuilder where = new StringBuilder(" WHERE t.user_id = ?");
  private final List<Object> params = new ArrayList<>();

  /**
   * {@code narrowBy}: for a text search, a word of the text that the trigram index narrows by (the
   * text itself is then checked on the rows found); null to ask the index for the whole text.
   */
  EntryQuery(UserId user, EntryFilter filter, String narrowBy) {
    params.add(user.value());
    if (filter.from() != null) {
      and("t.date >= ?", filter.from());
    }
    if (filter.to() != null) {
      and("t.date <= ?", filter.to());
    }
    if (filter.walletId() != null) {
      UUID wallet = filter.walletId().value();
      where.append(" AND (t.source_wallet_id = ? OR t.target_wallet_id = ?)");
      params.add(wallet);
      params.add(wallet);
    }
    if (filter.categoryId() != null) {
      and("t.category_id = ?", filter.categoryId().value());
    }
    if (filter.type() != null) {
      and("t.type = ?", filter.type().name());
    }
    if (filter.minAmount() != null) {
      and("t.amount >= ?", filter.minAmount());
    }
    if (filter.maxAmount() != null) {
      and("t.amount <= ?", filter.maxAmount());
    }
    if (filter.text() != null) {
      // Folded on both sides: case and accents do not matter ("an trua" finds "Ăn trưa").
      String text = TextFold.fold(filter.text());
      if (narrowBy != null) {
        and(FOLDED_NOTE + " LIKE ? ESCAPE '\\'", "%" + escapeLike(narrowBy) + "%");
        // An expression the note's index cannot serve: the phrase is checked on the rows found.
        and("(t.note_folded || '') LIKE ? ESCAPE '\\'", "%" + escapeLike(text) + "%");
      } else {
        and(FOLDED_NOTE + " LIKE ? ESCAPE '\\'", "%" + escapeLike(text) + "%");
      }
    }
    if (filter.createdBy() != null) {
      and("t.created_by = ?", filter.createdBy());
    }
    if (filter.reviewed() != null) {
      and("t.reviewed = ?", filter.reviewed());
    }
    if (filter.tagIds() != null && !filter.tagIds().isEmpty()) {
      String[] tags =
          filter.tagIds().stream()
              .map(TagId::value)
              .map(UUID::toString)
              .distinct()
              .toArray(String[]::new);
      if (filter.allTags()) {
        where.append(
            " AND (SELECT count(*) FROM transaction_tags tt WHERE tt.transaction_id = t.id"
                + " AND tt.tag_id = ANY(CAST(? AS uuid[]))) = ?");
        params.add(tags);
        params.add(tags.length);
      } else {
        and(
            "EXISTS (SELECT 1 FROM transaction_tags tt WHERE tt.transaction_id = t.id"
                + " AND tt.tag_id = ANY(CAST(? AS uuid[])))",
            tags);
      }
    }
  }

  /**
   * The page after {@code cursor} (null: the first), fetching one extra row to see if more exist.
   */
  String pageSql(String cursor, int limit, List<Object> out) {
    out.addAll(params);
    StringBuilder sql =
        new StringBuilder("SELECT " + EntryRepository.COLUMNS + " FROM transactions t")
            .append(where);
    if (cursor != null) {
      List<String> key = Cursor.decode(cursor, 2);
      sql.append(" AND (t.date, t.id) < (?, ?)");
      out.add(date(key.get(0)));
      out.add(Cursor.uuid(key.get(1)));
    }
    sql.append(" ORDER BY t.date DESC, t.id DESC LIMIT ?");
    out.add(limit + 1);
    return sql.toString();
  }

  /**
   * The matching entries' sums by wallet shown (an income's target, an expense's or transfer's
   * source) and type; by day too when {@code days} is not null, then only on those days.
   */
  String sumsSql(List<LocalDate> days, List<Object> out) {
    out.addAll(params);
    String day = days == null ? "CAST(NULL AS date)" : "t.date";
    StringBuilder sql =
        new StringBuilder(
                "SELECT "
                    + day
                    + " AS day, coalesce(t.source_wallet_id, t.target_wallet_id) AS wallet_id,"
                    + " t.type, sum(t.amount) AS amount, count(*) AS entries FROM transactions t")
            .append(where);
    if (days != null) {
      sql.append(" AND t.date = ANY(CAST(? AS date[]))");
      out.add(days.stream().map(LocalDate::toString).toArray(String[]::new));
    }
    return sql.append(" GROUP BY 1, 2, 3").toString();
  }

  /** The ids of every matching entry, in no order: what a rule's apply narrows to. */
  String idsSql(List<Object> out) {
    out.addAll(params);
    return "SELECT t.id FROM transactions t" + where;
  }

  String countSql(List<Object> out) {
    out.addAll(params);
    return "SELECT count(*) FROM transactions t" + where;
  }

  static String cursorOf(LedgerEntry entry) {
    return Cursor.encode(entry.date().toString(), entry.id().value().toString());
  }

  private void and(String condition, Object value) {
    where.append(" AND ").append(condition);
    params.add(value);
  }

  private static LocalDate date(String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw Cursor.invalid();
    }
  }

  /** The distinct runs of three or more letters or digits in {@code text}, in order. */
  static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      boolean inWord = i < text.length() && Character.isLetterOrDigit(text.charAt(i));
      if (inWord && start < 0) {
        start = i;
      } else if (!inWord && start >= 0) {
        String word = text.substring(start, i);
        if (word.length() >= 3 && !words.contains(word)) {
          words.add(word);
        }
        start = -1;
      }
    }
    return words;
  }

  private static String escapeLike(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
