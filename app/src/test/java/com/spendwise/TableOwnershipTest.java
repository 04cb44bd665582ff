package com.spendwise;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One owner per table: only the module that owns a table names it in SQL. The SQL of every main
 * source file (its string literals, joined as the code joins them) is searched for the tables it
 * reads or writes. The declared exception: the report module reads the ledger's tables (its read
 * views); it writes only its own, the trigger-fed totals.
 */
class TableOwnershipTest {

  /** Every table of the schema and the module (top package) that owns it. */
  static final Map<String, String> OWNERS =
      Map.ofEntries(
          Map.entry("users", "user"),
          Map.entry("local_accounts", "auth"),
          Map.entry("signing_keys", "auth"),
          Map.entry("sign_in_events", "auth"),
          Map.entry("user_entities", "auth"),
          Map.entry("user_credentials", "auth"),
          Map.entry("spring_session", "auth"),
          Map.entry("spring_session_attributes", "auth"),
          Map.entry("wallets", "wallet"),
          Map.entry("categories", "category"),
          Map.entry("tags", "tag"),
          Map.entry("transactions", "transaction"),
          Map.entry("transaction_tags", "transaction"),
          Map.entry("budgets", "budget"),
          Map.entry("budget_alerts", "budget"),
          Map.entry("goals", "goal"),
          Map.entry("recurring_transactions", "recurring"),
          Map.entry("recurring_occurrences", "recurring"),
          Map.entry("notifications", "notification"),
          Map.entry("exchange_rates", "report"),
          Map.entry("report_daily_flows", "report"),
          Map.entry("report_daily_balances", "report"),
          Map.entry("idempotency_keys", "shared"),
          Map.entry("import_mappings", "exchange"),
          Map.entry("import_jobs", "exchange"),
          Map.entry("import_keys", "exchange"),
          Map.entry("import_uploads", "exchange"),
          Map.entry("import_accounts", "exchange"),
          Map.entry("rules", "rule"),
          Map.entry("rule_suggestions", "rule"),
          Map.entry("ledgers", "sharing"),
          Map.entry("ledger_members", "sharing"),
          Map.entry("ledger_invitations", "sharing"));

  private static final Set<String> READS_EVERY_TABLE = Set.of("report");

  /**
   * Reads declared one by one, with their reason. The schedulers claim due goals and rules of every
   * user in one statement (FOR UPDATE SKIP LOCKED, so several instances share the work), and what
   * is due depends on each user's own "today": their time zone, joined from users. Lists of
   * ledgers, members and invitations name them by a join with users: one query, not one per row.
   */
  private static final Map<String, Set<String>> DECLARED_READS =
      Map.of(
          "goal/internal/GoalRepository.java", Set.of("users"),
          "recurring/internal/RuleRepository.java", Set.of("users"),
          "sharing/internal/MemberRepository.java", Set.of("users"),
          "sharing/internal/InvitationRepository.java", Set.of("users"));

  private static final Path SOURCES = Path.of("src/main/java/com/spendwise");
  private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
  private static final Pattern WRITE =
      Pattern.compile("\\b(?:INSERT\\s+INTO|UPDATE|DELETE\\s+FROM|TRUNCATE)\\s+([a-z_]+)");
  private static final Pattern READ = Pattern.compile("\\b(?:FROM|JOIN)\\s+([a-z_]+)");

  /**
   * A literal that ends where a table name should follow (not a row lock's FOR UPDATE): the name is
   * chosen at run time, out of this check's sight.
   */
  private static final Pattern DYNAMIC =
      Pattern.compile("(?:\\b(?:FROM|JOIN|INTO)|(?<!FOR |KEY )\\bUPDATE)\\s*$");

  /** What follows a literal that is joined to a variable's value: {@code + table}. */
  private static final Pattern VARIABLE_NEXT = Pattern.compile("\\s*\\+\\s*[A-Za-z_]");

  @Test
  void everyTableIsNamedOnlyByTheModuleThatOwnsIt() throws IOException {
    List<String> violations = new ArrayList<>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      files
          .filter(file -> file.toString().endsWith(".java"))
          .forEach(file -> violations.addAll(violations(file)));
    }
    assertThat(violations).isEmpty();
  }

  @Test
  void theSchemaHasNoTableWithoutAnOwner() throws IOException {
    Pattern create =
        Pattern.compile("(?i)create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_]+)");
    List<String> tables = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/resources/db/migration"))) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Matcher m = create.matcher(Files.readString(file));
        while (m.find()) {
          tables.add(m.group(1).toLowerCase());
        }
      }
    }
    assertThat(tables).isNotEmpty();
    assertThat(OWNERS.keySet()).containsAll(tables);
  }

  @Test
  void theCheckFindsATableNamedByAnotherModule() {
    String sql =
        "class X { String q = \"SELECT EXISTS (SELECT 1 FROM transactions\" + \" WHERE id = ?)\";"
            + " String text = \"Money moves from wallets\"; String lock = \"x FOR UPDATE\";"
            + " String u = \"UPDATE budgets SET x = 1\"; String d = \"DELETE FROM \" + table; }";
    assertThat(check("wallet", "wallet/X.java", sql))
        .containsExactlyInAnyOrder(
            "wallet/X.java reads transactions (owned by transaction)",
            "wallet/X.java writes budgets (owned by budget)",
            "wallet/X.java builds a table name at run time");
    assertThat(check("report", "report/Y.java", sql))
        .containsExactlyInAnyOrder(
            "report/Y.java writes budgets (owned by budget)",
            "report/Y.java builds a table name at run time");
  }

  private static List<String> violations(Path file) {
    Path relative = SOURCES.relativize(file);
    String module = relative.getName(0).toString();
    try {
      return check(module, relative.toString(), Files.readString(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> check(String module, String name, String source) {
    StringBuilder sql = new StringBuilder();
    List<String> found = new ArrayList<>();
    Matcher literal = LITERAL.matcher(source);
    while (literal.find()) {
      String text = literal.group(1);
      if (DYNAMIC.matcher(text).find()
          && VARIABLE_NEXT.matcher(source).region(literal.end(), source.length()).lookingAt()) {
        found.add(name + " builds a table name at run time");
      }
      sql.append(text).append(' ');
    }
    String where = name;
    Matcher write = WRITE.matcher(sql);
    while (write.find()) {
      String owner = OWNERS.get(write.group(1).toLowerCase());
      String entry = where + " writes " + write.group(1) + " (owned by " + owner + ")";
      if (owner != null && !owner.equals(module) && !found.contains(entry)) {
        found.add(entry);
      }
    }
    Matcher read = READ.matcher(sql);
    while (read.find()) {
      String owner = OWNERS.get(read.group(1).toLowerCase());
      String entry = where + " reads " + read.group(1) + " (owned by " + owner + ")";
      if (owner != null
          && !owner.equals(module)
          && !READS_EVERY_TABLE.contains(module)
          && !DECLARED_READS.getOrDefault(name, Set.of()).contains(read.group(1))
          && !found.contains(entry)
          && !found.contains(entry.replace(" reads ", " writes "))) {
        found.add(entry);
      }
    }
    return found;
  }
}
