package com.spendwise.transaction.internal;

import com.spendwise.category.CategoryId;
import com.spendwise.tag.TagId;
import com.spendwise.transaction.EntryActors;
import com.spendwise.transaction.EntryField;
import com.spendwise.transaction.EntryMarks;
import com.spendwise.transaction.EntryType;
import com.spendwise.transaction.LedgerEntry;
import com.spendwise.transaction.TransactionId;
import com.spendwise.wallet.WalletId;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.json.JsonMapper;

/** Rows of the transactions table as ledger entries. */
final class EntryRows {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Pattern RULE_FIELD =
      Pattern.compile("\"([A-Z]+)\"\\s*:\\s*\"([0-9a-f-]{36})\"");

  private EntryRows() {}

  /** Tags in the order the list query gives them (the database's uuid order, as text). */
  static LedgerEntry withTags(LedgerEntry row, List<TagId> tags) {
    List<TagId> sorted =
        tags.stream().sorted(Comparator.comparing(tag -> tag.value().toString())).toList();
    return new LedgerEntry(
        row.id(),
        row.type(),
        row.amount(),
        row.sourceWalletId(),
        row.targetWalletId(),
        row.targetAmount(),
        row.categoryId(),
        row.date(),
        row.note(),
        sorted,
        row.recurringTransactionId(),
        row.version(),
        row.createdAt(),
        row.updatedAt(),
        row.marks(),
        row.actors());
  }

  static LedgerEntry map(ResultSet rs, int row) throws SQLException {
    return mapRow(rs, tags(rs.getArray("tag_ids")));
  }

  static LedgerEntry mapRow(ResultSet rs, List<TagId> tags) throws SQLException {
    return new LedgerEntry(
        new TransactionId(rs.getObject("id", UUID.class)),
        EntryType.valueOf(rs.getString("type")),
        rs.getBigDecimal("amount"),
        walletId(rs, "source_wallet_id"),
        walletId(rs, "target_wallet_id"),
        rs.getBigDecimal("target_amount"),
        rs.getObject("category_id") == null
            ? null
            : new CategoryId(rs.getObject("category_id", UUID.class)),
        rs.getObject("date", LocalDate.class),
        rs.getString("note"),
        tags,
        rs.getObject("recurring_transaction_id", UUID.class),
        rs.getLong("version"),
        rs.getTimestamp("created_at").toInstant(),
        rs.getTimestamp("updated_at").toInstant(),
        marks(rs),
        new EntryActors(
            rs.getObject("created_by", UUID.class),
            rs.getObject("updated_by", UUID.class),
            rs.getObject("contribution_id", UUID.class)));
  }

  static EntryMarks marks(ResultSet rs) throws SQLException {
    Set<EntryField> byPerson = EnumSet.noneOf(EntryField.class);
    for (String field : (String[]) rs.getArray("person_fields").getArray()) {
      byPerson.add(EntryField.valueOf(field));
    }
    // A flat object of field names and rule ids, as ruleFields writes it: read without a JSON
    // parser, which costs more than the rest of the row when a rule's apply reads thousands.
    Map<EntryField, UUID> byRule = new EnumMap<>(EntryField.class);
    Matcher pair = RULE_FIELD.matcher(rs.getString("rule_fields"));
    while (pair.find()) {
      byRule.put(EntryField.valueOf(pair.group(1)), UUID.fromString(pair.group(2)));
    }
    return new EntryMarks(rs.getBoolean("imported"), rs.getBoolean("reviewed"), byPerson, byRule);
  }

  /** The marks as the insert and update statements bind them: text, text, JSON. */
  static String personFields(EntryMarks marks) {
    return String.join(",", marks.byPerson().stream().map(Enum::name).sorted().toList());
  }

  static String ruleFields(EntryMarks marks) {
    Map<String, String> json = new TreeMap<>();
    marks.byRule().forEach((field, rule) -> json.put(field.name(), rule.toString()));
    return JSON.writeValueAsString(json);
  }

  private static WalletId walletId(ResultSet rs, String column) throws SQLException {
    UUID id = rs.getObject(column, UUID.class);
    return id == null ? null : new WalletId(id);
  }

  private static List<TagId> tags(Array array) throws SQLException {
    String[] values = (String[]) array.getArray();
    List<TagId> tags = new ArrayList<>(values.length);
    for (String value : values) {
      tags.add(new TagId(UUID.fromString(value)));
    }
    return tags;
  }
}
