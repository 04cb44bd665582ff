package com.spendwise.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.spendwise.exchange.RichAccount;
import com.spendwise.support.Api;
import com.spendwise.support.ApiTest;
import com.spendwise.support.PageClient;
import com.spendwise.support.Statements;
import com.spendwise.support.UserClient;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Deleting an account leaves nothing of it in any table. The tables are read from the database's
 * catalog, so a table added later is covered without touching this test: every row that names the
 * account (its user id, token subject, email or passkey user handle) is found in every table, every
 * id in those rows is collected (wallets, transactions, sessions...), the rows naming those are
 * found too, and after the deletion no row of any table contains any of them. (Values that other
 * accounts can hold as well, such as the fingerprint of a statement row, are not ids: only UUIDs
 * are collected.)
 */
class AccountDeletionTest extends ApiTest {

  private static final String PASSWORD = "a long enough password";
  private static final Pattern IDENTIFIER =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

  @Test
  void deletingARichAccountLeavesNoRowOfItInAnyTable() {
    UserClient user = new UserClient(api());
    RichAccount.fill(user);
    String wallet = user.wallet("VND", "0");
    fillTheRest(user, wallet);
    PageClient browser = new PageClient(port, "en");
    assertThat(browser.signIn(user.email(), PASSWORD).statusCode()).isEqualTo(302);
    // A passkey ceremony begun: the account's WebAuthn user entity exists.
    assertThat(browser.post("/webauthn/register/options", Map.of()).statusCode()).isEqualTo(200);
    UserClient other = new UserClient(api());
    RichAccount.fill(other);

    String userId = user.id().toString();
    String subject = subjectOf(user);
    // The account's names, and the user handle its passkeys are filed under (not a UUID).
    Set<String> identifiers = new TreeSet<>(List.of(userId, subject, user.email()));
    identifiers.addAll(
        jdbc.sql("SELECT id FROM user_entities WHERE name = ?")
            .param(subject)
            .query(String.class)
            .list());
    // Rows that name the account, then rows that name any of those rows' identifiers (a session's
    // attributes, a budget's alerts, a rule's occurrences, a passkey of the user entity).
    identifiers.addAll(identifiersIn(rowsContaining(identifiers)));
    Map<String, List<String>> before = rowsContaining(identifiers);
    identifiers.addAll(identifiersIn(before));
    assertThat(before.keySet())
        .as("the account has rows in these tables before it is deleted")
        .contains(
            "users",
            "local_accounts",
            "sign_in_events",
            "spring_session",
            "spring_session_attributes",
            "user_entities",
            "wallets",
            "categories",
            "tags",
            "transactions",
            "transaction_tags",
            "budgets",
            "goals",
            "recurring_transactions",
            "recurring_occurrences",
            "notifications",
            "exchange_rates",
            "report_daily_flows",
            "report_daily_balances",
            "idempotency_keys",
            "import_jobs",
            "import_keys",
            "import_uploads",
            "import_mappings",
            "rules");
    Map<String, Long> otherBefore = rowsOf(other.id());

    Api.Response deleted =
        user.post(
            "/api/v1/auth/account/deletion", Map.of("email", user.email(), "password", PASSWORD));
    assertThat(deleted.status()).as(deleted.text()).isEqualTo(204);

    assertThat(rowsContaining(identifiers))
        .as("rows of any table that still hold anything of the deleted account")
        .isEmpty();
    assertThat(identifiers).hasSizeGreaterThan(50);
    assertThat(browser.get("/").statusCode())
        .as("the deleted account's web session is gone: back to the sign-in page")
        .isEqualTo(302);
    Api.Response token =
        api().post("/api/v1/auth/token", null, Map.of("email", user.email(), "password", PASSWORD));
    assertThat(token.status()).isEqualTo(401);
    assertThat(user.get("/api/v1/wallets").status())
        .as("a token issued before the deletion does not bring an empty account back")
        .isIn(401, 404);
    assertThat(
            jdbc.sql("SELECT count(*) FROM users WHERE cognito_sub = ?")
                .param(subject)
                .query(Long.class)
                .single())
        .isZero();
    assertThat(rowsOf(other.id())).as("another account is untouched").isEqualTo(otherBefore);
  }

  @Test
  void aWrongPasswordOrEmailDeletesNothing() {
    UserClient user = new UserClient(api());
    String wallet = user.wallet("VND", "100");

    Api.Response wrongPassword =
        user.post(
            "/api/v1/auth/account/deletion",
            Map.of("email", user.email(), "password", "not the password"));
    Api.Response wrongEmail =
        user.post(
            "/api/v1/auth/account/deletion",
            Map.of("email", "someone-else@example.com", "password", PASSWORD));

    assertThat(wrongPassword.status()).isEqualTo(400);
    assertThat(wrongPassword.json().get("errors").get(0).get("field").asString())
        .isEqualTo("password");
    assertThat(wrongEmail.status()).isEqualTo(400);
    assertThat(wrongEmail.json().get("errors").get(0).get("code").asString())
        .isEqualTo("email-mismatch");
    assertThat(user.get("/api/v1/wallets/" + wallet).status()).isEqualTo(200);
  }

  /** What RichAccount does not make: an import, a job waiting, an upload, a rule, a replay key. */
  private void fillTheRest(UserClient user, String wallet) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("walletId", wallet);
    fields.put("mapping", Statements.MAPPING);
    Api.Response small = api().upload("/api/v1/imports", user.token(), fields, Statements.csv(3));
    assertThat(small.status()).as(small.text()).isBetween(200, 201);
    Api.Response job = api().upload("/api/v1/imports", user.token(), fields, Statements.csv(5500));
    assertThat(job.status()).as(job.text()).isEqualTo(202);
    assertThat(
            user.post(
                    "/api/v1/rules",
                    Map.of(
                        "name", "Coffee",
                        "runsOn", "BOTH",
                        "match", "ALL",
                        "conditions",
                            List.of(
                                Map.of("field", "NOTE", "operator", "CONTAINS", "value", "coffee")),
                        "actions", List.of(Map.of("type", "APPEND_NOTE", "value", " (coffee)"))))
                .status())
        .isEqualTo(201);
    assertThat(
            user.post(
                    "/api/v1/transactions",
                    Map.of(
                        "type",
                        "EXPENSE",
                        "sourceWalletId",
                        wallet,
                        "amount",
                        "1000",
                        "date",
                        "2026-12-01"),
                    Map.of("Idempotency-Key", UUID.randomUUID().toString()))
                .status())
        .isEqualTo(201);
    assertThat(
            user.post(
                    "/api/v1/import-mappings",
                    Map.of(
                        "name",
                        "My bank",
                        "mapping",
                        Map.of("date", "date", "amount", "amount", "dateFormat", "yyyy-MM-dd")))
                .status())
        .isEqualTo(201);
    jdbc.sql(
            "INSERT INTO import_uploads (user_id, wallet_id, format, file_name, content)"
                + " VALUES (?, ?, 'csv', 'half-done.csv', ?)")
        .params(user.id(), UUID.fromString(wallet), new byte[] {1, 2, 3})
        .update();
  }

  private String subjectOf(UserClient user) {
    return jdbc.sql("SELECT cognito_sub FROM users WHERE id = ?")
        .param(user.id())
        .query(String.class)
        .single();
  }

  private List<String> tables() {
    return jdbc.sql(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"
                + " AND tablename <> 'flyway_schema_history' ORDER BY tablename")
        .query(String.class)
        .list();
  }

  /** Every UUID in the rows found. */
  private static Set<String> identifiersIn(Map<String, List<String>> rows) {
    Set<String> ids = new TreeSet<>();
    rows.values().stream()
        .flatMap(List::stream)
        .forEach(
            row -> {
              Matcher m = IDENTIFIER.matcher(row);
              while (m.find()) {
                ids.add(m.group());
              }
            });
    return ids;
  }

  /** Rows of an account in every table that has a user_id column (read from the catalog). */
  private Map<String, Long> rowsOf(UUID user) {
    Map<String, Long> counts = new TreeMap<>();
    for (String table :
        jdbc.sql(
                "SELECT table_name FROM information_schema.columns WHERE table_schema = 'public'"
                    + " AND column_name = 'user_id' ORDER BY table_name")
            .query(String.class)
            .list()) {
      counts.put(
          table,
          jdbc.sql("SELECT count(*) FROM " + table + " WHERE user_id = ?")
              .param(user)
              .query(Long.class)
              .single());
    }
    return counts;
  }

  /**
   * Per table, the rows (as text) that contain any of the identifiers; tables without any left out.
   */
  private Map<String, List<String>> rowsContaining(Set<String> identifiers) {
    String[] all = identifiers.toArray(String[]::new);
    Map<String, List<String>> found = new TreeMap<>();
    for (String table : tables()) {
      List<String> rows =
          jdbc.sql(
                  "SELECT r FROM (SELECT regexp_replace(t::text, '\\\\x[0-9a-f]+', '', 'g') r"
                      + " FROM "
                      + table
                      + " t) rows WHERE EXISTS (SELECT 1 FROM unnest(?) id"
                      + " WHERE strpos(r, id) > 0)")
              .param(all)
              .query(String.class)
              .list();
      if (!rows.isEmpty()) {
        found.put(table, rows);
      }
    }
    return found;
  }
}
