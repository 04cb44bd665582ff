package com.spendwise.transaction.internal;

import com.spendwise.category.CategoryId;
import com.spendwise.shared.SqlArrays;
import com.spendwise.tag.TagId;
import com.spendwise.transaction.LedgerEntry;
import com.spendwise.transaction.TransactionId;
import com.spendwise.user.UserId;
import com.spendwise.wallet.WalletId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writing the transactions and transaction_tags tables: entries in, changed, moved to another
 * category, out. Every statement names the owner.
 */
@Repository
public class EntryWriter {

  private static final String ROW_COLUMNS =
      "id, type, amount, source_wallet_id, target_wallet_id, target_amount, category_id, date,"
          + " note, recurring_transaction_id, version, created_at, updated_at, imported, reviewed,"
          + " person_fields, rule_fields, created_by, updated_by, contribution_id";

  private final JdbcClient jdbc;

  private final LedgerWrites writes;

  EntryWriter(JdbcClient jdbc, LedgerWrites writes) {
    this.writes = writes;
    this.jdbc = jdbc;
  }

  /**
   * Inserts entries (ids chosen by the caller) and their tags in two statements, however many there
   * are; returns them as stored, in the order given.
   */
  public List<LedgerEntry> insert(UserId user, List<LedgerEntry> entries) {
    writes.counted(entries.size());
    Map<UUID, LedgerEntry> stored = new HashMap<>();
    insertRows(user, entries, false, " RETURNING " + ROW_COLUMNS)
        .query((rs, n) -> EntryRows.mapRow(rs, List.of()))
        .list()
        .forEach(row -> stored.put(row.id().value(), row));
    insertTags(user, entries);
    return entries.stream()
        .map(entry -> EntryRows.withTags(stored.get(entry.id().value()), entry.tagIds()))
        .toList();
  }

  /**
   * Inserts entries as they were recorded (a restore): ids, references, versions and timestamps as
   * given, a missing timestamp being the time of the insert.
   */
  public void insertAsRecorded(UserId user, List<LedgerEntry> entries) {
    writes.counted(entries.size());
    insertRows(user, entries, true, "").update();
    insertTags(user, entries);
  }

  private JdbcClient.StatementSpec insertRows(
      UserId user, List<LedgerEntry> entries, boolean asRecorded, String returning) {
    return jdbc.sql(
            "INSERT INTO transactions (id, user_id, type, amount, source_wallet_id,"
                + " target_wallet_id, target_amount, category_id, date, note,"
                + " recurring_transaction_id, version, created_at, updated_at, imported, reviewed,"
                + " person_fields, rule_fields)"
                + " SELECT id, ?, type, amount, source, target, target_amount, category, date, note,"
                + " rule, coalesce(version, 0), coalesce(created_at, now()),"
                + " coalesce(updated_at, now()), imported, reviewed,"
                + " string_to_array(person_fields, ','), CAST(rule_fields AS jsonb)"
                + " FROM unnest(CAST(? AS uuid[]), CAST(? AS text[]), CAST(? AS numeric[]),"
                + " CAST(? AS uuid[]), CAST(? AS uuid[]), CAST(? AS numeric[]), CAST(? AS uuid[]),"
                + " CAST(? AS date[]), CAST(? AS text[]), CAST(? AS uuid[]), CAST(? AS bigint[]),"
                + " CAST(? AS timestamptz[]), CAST(? AS timestamptz[]), CAST(? AS boolean[]),"
                + " CAST(? AS boolean[]), CAST(? AS text[]), CAST(? AS text[]))"
                + " AS x(id, type, amount, source, target, target_amount, category, date, note,"
                + " rule, version, created_at, updated_at, imported, reviewed, person_fields,"
                + " rule_fields)"
                + returning)
        .params(
            user.value(),
            SqlArrays.column(entries, e -> e.id().value()),
            SqlArrays.column(entries, e -> e.type().name()),
            SqlArrays.column(entries, LedgerEntry::amount),
            SqlArrays.column(
                entries, e -> e.sourceWalletId() == null ? null : e.sourceWalletId().value()),
            SqlArrays.column(
                entries, e -> e.targetWalletId() == null ? null : e.targetWalletId().value()),
            SqlArrays.column(entries, LedgerEntry::targetAmount),
            SqlArrays.column(entries, e -> e.categoryId() == null ? null : e.categoryId().value()),
            SqlArrays.column(entries, LedgerEntry::date),
            SqlArrays.column(entries, LedgerEntry::note),
            SqlArrays.column(entries, LedgerEntry::recurringTransactionId),
            SqlArrays.column(entries, e -> asRecorded ? e.version() : null),
            SqlArrays.column(entries, e -> asRecorded ? e.createdAt() : null),
            SqlArrays.column(entries, e -> asRecorded ? e.updatedAt() : null),
            SqlArrays.column(entries, e -> e.marks().imported()),
            SqlArrays.column(entries, e -> e.marks().reviewed()),
            SqlArrays.column(entries, e -> EntryRows.personFields(e.marks())),
            SqlArrays.column(entries, e -> EntryRows.ruleFields(e.marks())));
  }

  public LedgerEntry update(UserId user, LedgerEntry entry) {
    writes.counted(1);
    LedgerEntry stored =
        jdbc.sql(
                "UPDATE transactions SET type = ?, amount = ?, source_wallet_id = ?,"
                    + " target_wallet_id = ?, target_amount = ?, category_id = ?, date = ?, note = ?,"
                    + " reviewed = ?, person_fields = string_to_array(?, ','),"
                    + " rule_fields = CAST(? AS jsonb),"
                    + " version = version + 1, updated_at = now() WHERE id = ? AND user_id = ?"
                    + " RETURNING "
                    + ROW_COLUMNS)
            .params(
                entry.type().name(),
                entry.amount(),
                entry.sourceWalletId() == null ? null : entry.sourceWalletId().value(),
                entry.targetWalletId() == null ? null : entry.targetWalletId().value(),
                entry.targetAmount(),
                entry.categoryId() == null ? null : entry.categoryId().value(),
                entry.date(),
                entry.note(),
                entry.marks().reviewed(),
                EntryRows.personFields(entry.marks()),
                EntryRows.ruleFields(entry.marks()),
                entry.id().value(),
                user.value())
            .query((rs, n) -> EntryRows.mapRow(rs, List.of()))
            .single();
    jdbc.sql("DELETE FROM transaction_tags WHERE transaction_id = ? AND user_id = ?")
        .params(entry.id().value(), user.value())
        .update();
    insertTags(user, List.of(entry));
    return EntryRows.withTags(stored, entry.tagIds());
  }

  /**
   * Writes what rules may change (category, note, tags, marks) of many entries in four statements,
   * however many there are; the entries are locked by the caller. Returns them as stored.
   */
  public List<LedgerEntry> updateRuleFields(
      UserId user, List<LedgerEntry> before, List<LedgerEntry> after) {
    Map<UUID, LedgerEntry> stored = new HashMap<>();
    jdbc.sql(
            "UPDATE transactions t SET category_id = x.category, note = x.note,"
                + " reviewed = x.reviewed, person_fields = string_to_array(x.person_fields, ','),"
                + " rule_fields = CAST(x.rule_fields AS jsonb), version = t.version + 1,"
                + " updated_at = now()"
                + " FROM unnest(CAST(? AS uuid[]), CAST(? AS uuid[]), CAST(? AS text[]),"
                + " CAST(? AS boolean[]), CAST(? AS text[]), CAST(? AS text[]))"
                + " AS x(id, category, note, reviewed, person_fields, rule_fields)"
                + " WHERE t.id = x.id AND t.user_id = ? RETURNING "
                + "t."
                + ROW_COLUMNS.replace(", ", ", t."))
        .params(
            SqlArrays.column(after, e -> e.id().value()),
            SqlArrays.column(after, e -> e.categoryId() == null ? null : e.categoryId().value()),
            SqlArrays.column(after, LedgerEntry::note),
            SqlArrays.column(after, e -> e.marks().reviewed()),
            SqlArrays.column(after, e -> EntryRows.personFields(e.marks())),
            SqlArrays.column(after, e -> EntryRows.ruleFields(e.marks())),
            user.value())
        .query((rs, n) -> EntryRows.mapRow(rs, List.of()))
        .list()
        .forEach(row -> stored.put(row.id().value(), row));
    List<LedgerEntry> retagged = new ArrayList<>();
    for (int i = 0; i < after.size(); i++) {
      if (!Set.copyOf(after.get(i).tagIds()).equals(Set.copyOf(before.get(i).tagIds()))) {
        retagged.add(after.get(i));
      }
    }
    if (!retagged.isEmpty()) {
      jdbc.sql(
              "DELETE FROM transaction_tags WHERE user_id = ?"
                  + " AND transaction_id = ANY(CAST(? AS uuid[]))")
          .params(user.value(), SqlArrays.column(retagged, e -> e.id().value()))
          .update();
      insertTags(user, retagged);
    }
    return after.stream()
        .map(entry -> EntryRows.withTags(stored.get(entry.id().value()), entry.tagIds()))
        .toList();
  }

  public void delete(UserId user, TransactionId id) {
    writes.counted(1);
    jdbc.sql("DELETE FROM transactions WHERE id = ? AND user_id = ?")
        .params(id.value(), user.value())
        .update();
  }

  /** Expenses moved to another category: their total per source wallet and date. */
  public record MovedExpenses(WalletId wallet, LocalDate date, BigDecimal amount) {}

  /** Moves every entry of category {@code from} to {@code to}; returns the expenses that moved. */
  public List<MovedExpenses> moveCategory(UserId user, CategoryId from, CategoryId to) {
    return jdbc.sql(
            "WITH moved AS (UPDATE transactions SET category_id = ?, version = version + 1,"
                + " updated_at = now() WHERE category_id = ? AND user_id = ?"
                + " RETURNING type, amount, source_wallet_id, date)"
                + " SELECT source_wallet_id, date, sum(amount) AS amount FROM moved"
                + " WHERE type = 'EXPENSE' GROUP BY source_wallet_id, date"
                + " ORDER BY date, source_wallet_id")
        .params(to.value(), from.value(), user.value())
        .query(
            (rs, n) ->
                new MovedExpenses(
                    new WalletId(rs.getObject("source_wallet_id", UUID.class)),
                    rs.getObject("date", LocalDate.class),
                    rs.getBigDecimal("amount")))
        .list();
  }

  private void insertTags(UserId user, List<LedgerEntry> entries) {
    List<String> transactionIds = new ArrayList<>();
    List<String> tagIds = new ArrayList<>();
    for (LedgerEntry entry : entries) {
      for (TagId tag : entry.tagIds()) {
        transactionIds.add(entry.id().value().toString());
        tagIds.add(tag.value().toString());
      }
    }
    if (tagIds.isEmpty()) {
      return;
    }
    jdbc.sql(
            "INSERT INTO transaction_tags (transaction_id, tag_id, user_id)"
                + " SELECT transaction_id, tag_id, ? FROM unnest(CAST(? AS uuid[]),"
                + " CAST(? AS uuid[])) AS x(transaction_id, tag_id)")
        .params(user.value(), transactionIds.toArray(String[]::new), tagIds.toArray(String[]::new))
        .update();
  }
}
