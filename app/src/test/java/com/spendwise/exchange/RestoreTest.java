package com.spendwise.exchange;

import static com.spendwise.support.UserClient.expense;
import static com.spendwise.support.UserClient.fieldCodes;
import static org.assertj.core.api.Assertions.assertThat;

import com.spendwise.support.Api;
import com.spendwise.support.ApiTest;
import com.spendwise.support.UserClient;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Restoring a backup into an account without history: everything back, nothing half-done. */
class RestoreTest extends ApiTest {

  private static final String RESTORE = "/api/v1/backup/restore";

  @Test
  void aBackupRestoredIntoANewAccountBacksUpToTheSameDocumentButForIdsAndTimestamps() {
    UserClient original = new UserClient(api());
    RichAccount.fill(original);
    JsonNode before = backup(original);
    UserClient fresh = new UserClient(api());

    Api.Response restored = fresh.post(RESTORE, before);

    assertThat(restored.status()).as(restored.text()).isEqualTo(200);
    assertThat(restored.json().get("transactions").asLong())
        .isEqualTo(before.get("transactions").size());
    JsonNode after = backup(fresh);
    assertThat(canonical(after)).isEqualTo(canonical(before));
    assertThat(after.get("wallets").get(0).get("id").asString())
        .as("new ids")
        .isNotEqualTo(before.get("wallets").get(0).get("id").asString());
    // The restored ledger works as any other: a new expense moves the restored balance.
    String cash = walletNamed(after, "VND", "1000000");
    String balance = fresh.balance(cash);
    fresh.record(expense(cash, "1000"));
    assertThat(new BigDecimal(fresh.balance(cash)))
        .isEqualByComparingTo(new BigDecimal(balance).subtract(new BigDecimal("1000")));
  }

  @Test
  void anAccountWithTransactionsIsNotRestoredInto() {
    JsonNode document = richBackup();
    UserClient busy = new UserClient(api());
    String wallet = busy.wallet("VND", "0");
    busy.record(expense(wallet, "1000"));
    JsonNode before = backup(busy);

    Api.Response refused = busy.post(RESTORE, document);

    assertThat(refused.status()).as(refused.text()).isEqualTo(409);
    assertThat(refused.json().get("code").asString()).isEqualTo("account-not-empty");
    assertThat(canonical(backup(busy))).isEqualTo(canonical(before));
  }

  @Test
  void balancesThatDoNotAddUpAreRefusedAndNothingIsRestored() {
    ObjectNode document = (ObjectNode) richBackup();
    ((ObjectNode) document.get("wallets").get(0)).put("balance", "1");
    UserClient fresh = new UserClient(api());
    JsonNode before = backup(fresh);

    Api.Response refused = fresh.post(RESTORE, document);

    assertThat(refused.status()).as(refused.text()).isEqualTo(422);
    assertThat(fieldCodes(refused)).containsExactly("wallets[0].balance:balance-mismatch");
    assertThat(canonical(backup(fresh))).isEqualTo(canonical(before));
  }

  @Test
  void recordsThatBreakTheLedgersRulesAreNamedByTheirPlaceInTheFile() {
    ObjectNode document = (ObjectNode) richBackup();
    ArrayNode transactions = (ArrayNode) document.get("transactions");
    int vndExpense = indexOf(transactions, document, "VND");
    ((ObjectNode) transactions.get(vndExpense)).put("amount", "10.5");
    ((ObjectNode) transactions.get(vndExpense))
        .put("sourceWalletId", "00000000-0000-0000-0000-000000000001");
    UserClient fresh = new UserClient(api());

    Api.Response refused = fresh.post(RESTORE, document);

    assertThat(refused.status()).as(refused.text()).isEqualTo(422);
    assertThat(fieldCodes(refused))
        .containsExactly("transactions[" + vndExpense + "].sourceWalletId:unknown-reference");
    assertThat(backup(fresh).get("wallets").size()).isZero();
  }

  @Test
  void anAmountWithMoreDecimalsThanItsCurrencyIsRefused() {
    ObjectNode document = (ObjectNode) richBackup();
    ArrayNode transactions = (ArrayNode) document.get("transactions");
    int vndExpense = indexOf(transactions, document, "VND");
    ((ObjectNode) transactions.get(vndExpense)).put("amount", "10.5");
    UserClient fresh = new UserClient(api());

    Api.Response refused = fresh.post(RESTORE, document);

    assertThat(refused.status()).as(refused.text()).isEqualTo(422);
    assertThat(fieldCodes(refused))
        .containsExactly("transactions[" + vndExpense + "].amount:too-many-decimals");
  }

  @Test
  void whatIsNotABackupIsAClearProblem() {
    UserClient fresh = new UserClient(api());

    Api.Response other =
        fresh.post(RESTORE, Map.of("format", "something-else", "wallets", List.of()));
    Api.Response broken =
        api()
            .raw(
                "POST",
                RESTORE,
                fresh.token(),
                "application/json",
                "{\"format\": \"spendwise-backup\", \"version\": 1, \"wallets\": [{\"id\": "
                    .getBytes(StandardCharsets.UTF_8));
    Map<String, Object> wrongTypeBody = new LinkedHashMap<>();
    wrongTypeBody.put("format", "spendwise-backup");
    wrongTypeBody.put("version", 1);
    wrongTypeBody.put("wallets", List.of(Map.of("id", 7)));
    Api.Response wrongType = fresh.post(RESTORE, wrongTypeBody);

    assertThat(other.status()).as(other.text()).isEqualTo(422);
    assertThat(fieldCodes(other)).containsExactly("format:not-a-backup");
    assertThat(broken.status()).as(broken.text()).isEqualTo(422);
    assertThat(fieldCodes(broken)).containsExactly("body:unreadable");
    assertThat(wrongType.status()).as(wrongType.text()).isEqualTo(422);
    assertThat(fieldCodes(wrongType)).containsExactly("body:unreadable");
  }

  private JsonNode richBackup() {
    UserClient original = new UserClient(api());
    RichAccount.fill(original);
    return backup(original);
  }

  private static JsonNode backup(UserClient user) {
    Api.Response response = user.get("/api/v1/backup");
    assertThat(response.status()).as(response.text()).isEqualTo(200);
    return response.json();
  }

  /** The index of an expense from a wallet in {@code currency}. */
  private static int indexOf(ArrayNode transactions, JsonNode document, String currency) {
    for (int i = 0; i < transactions.size(); i++) {
      JsonNode t = transactions.get(i);
      if (t.get("type").asString().equals("EXPENSE")) {
        for (JsonNode w : document.get("wallets")) {
          if (w.get("id").asString().equals(t.get("sourceWalletId").asString())
              && w.get("currency").asString().equals(currency)) {
            return i;
          }
        }
      }
    }
    throw new AssertionError("no " + currency + " expense");
  }

  private static String walletNamed(JsonNode backup, String currency, String opening) {
    for (JsonNode w : backup.get("wallets")) {
      if (w.get("currency").asString().equals(currency)
          && w.get("openingBalance").asString().equals(opening)) {
        return w.get("id").asString();
      }
    }
    throw new AssertionError("no such wallet");
  }

  /**
   * A backup with its ids and timestamps taken out: each record's id becomes what the record says
   * (with its own references resolved the same way), every section a sorted list of those, and the
   * profile without the email (the account's own). Two backups of the same data, under any ids,
   * have equal canonical forms.
   */
  static Map<String, Object> canonical(JsonNode backup) {
    Map<String, String> labels = new HashMap<>();
    Map<String, Object> sections = new TreeMap<>();
    ObjectNode profile = ((ObjectNode) backup.get("profile")).deepCopy();
    profile.remove("email");
    sections.put("profile", profile.toString());
    for (String section :
        List.of(
            "wallets",
            "categories",
            "tags",
            "exchangeRates",
            "budgets",
            "goals",
            "recurringTransactions",
            "transactions",
            "notifications")) {
      List<String> items = new ArrayList<>();
      for (JsonNode item : backup.get(section)) {
        ObjectNode copy = (ObjectNode) item.deepCopy();
        String id = copy.has("id") ? copy.get("id").asString() : null;
        copy.remove(List.of("id", "createdAt", "updatedAt"));
        resolve(copy, labels);
        String label = section + copy;
        if (id != null) {
          labels.put(id, label);
        }
        items.add(label);
      }
      items.sort(null);
      sections.put(section, items);
    }
    return sections;
  }

  private static void resolve(ObjectNode item, Map<String, String> labels) {
    for (String field :
        List.of(
            "walletId",
            "sourceWalletId",
            "targetWalletId",
            "categoryId",
            "recurringTransactionId")) {
      JsonNode value = item.get(field);
      if (value != null && value.isString()) {
        item.put(field, labels.getOrDefault(value.asString(), "?" + value.asString()));
      }
    }
    if (item.get("tagIds") instanceof ArrayNode tags) {
      List<String> names = new ArrayList<>();
      tags.forEach(tag -> names.add(labels.getOrDefault(tag.asString(), "?")));
      names.sort(null);
      ArrayNode sorted = item.putArray("tagIds");
      names.forEach(sorted::add);
    }
    if (item.get("subject") instanceof ObjectNode subject && subject.get("id") != null) {
      subject.put("id", labels.getOrDefault(subject.get("id").asString(), "?"));
    }
  }
}
