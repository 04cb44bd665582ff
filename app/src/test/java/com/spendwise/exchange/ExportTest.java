package com.spendwise.exchange;

import static com.spendwise.support.UserClient.expense;
import static com.spendwise.support.UserClient.income;
import static com.spendwise.support.UserClient.transfer;
import static com.spendwise.support.UserClient.with;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.spendwise.support.Api;
import com.spendwise.support.ApiTest;
import com.spendwise.support.UserClient;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class ExportTest extends ApiTest {

  private static List<CSVRecord> rows(Api.Response response) throws IOException {
    assertThat(response.status()).as(response.text()).isEqualTo(200);
    assertThat(response.contentType()).isEqualTo("text/csv;charset=UTF-8");
    assertThat(response.header("Content-Disposition"))
        .startsWith("attachment; filename=\"spendwise-transactions-");
    return CSVFormat.RFC4180
        .builder()
        .setHeader()
        .setSkipHeaderRecord(true)
        .get()
        .parse(new StringReader(response.text()))
        .getRecords();
  }

  @Test
  void everyEntryIsARowWithNamesIdsAndAmountsAtTheCurrencysScale() throws IOException {
    UserClient user = new UserClient(api());
    String cash = user.wallet("VND", "1000000");
    String travel = user.wallet("USD", "0");
    String food = user.category("EXPENSE");
    String trip = user.tag("trip");
    String work = user.tag("work");
    String note = "Phở, \"đặc biệt\"\nfor two";
    user.record(
        with(
            with(with(expense(cash, "125000"), "categoryId", food), "tagIds", List.of(work, trip)),
            "note",
            note));
    user.record(with(income(travel, "12.5"), "date", "2026-11-21"));
    user.record(
        with(with(transfer(cash, travel, "254000"), "targetAmount", "10"), "date", "2026-11-22"));

    Api.Response response = user.get("/api/v1/transactions/export?format=csv");
    List<CSVRecord> rows = rows(response);

    assertThat(response.text())
        .startsWith(
            String.join(",", com.spendwise.exchange.internal.TransactionCsv.HEADER) + "\r\n");
    assertThat(rows).hasSize(3);
    CSVRecord moved = rows.get(0);
    assertThat(moved.get("type")).isEqualTo("TRANSFER");
    assertThat(moved.get("amount")).isEqualTo("254000");
    assertThat(moved.get("currency")).isEqualTo("VND");
    assertThat(moved.get("source_wallet_id")).isEqualTo(cash);
    assertThat(moved.get("target_wallet_id")).isEqualTo(travel);
    assertThat(moved.get("target_amount")).isEqualTo("10.00");
    assertThat(moved.get("target_currency")).isEqualTo("USD");
    CSVRecord earned = rows.get(1);
    assertThat(earned.get("amount")).isEqualTo("12.50");
    assertThat(earned.get("currency")).isEqualTo("USD");
    assertThat(earned.get("source_wallet")).isEmpty();
    assertThat(earned.get("target_wallet")).startsWith("W ");
    CSVRecord spent = rows.get(2);
    assertThat(spent.get("note")).isEqualTo(note);
    assertThat(spent.get("category_id")).isEqualTo(food);
    assertThat(spent.get("category")).isNotBlank();
    assertThat(spent.get("tags")).isEqualTo("trip|work");
    assertThat(spent.get("date")).isEqualTo("2026-11-20");
  }

  @Test
  void formulasAreExportedAsTextAndImportedBackUnchanged() throws IOException {
    UserClient user = new UserClient(api());
    String cash = user.wallet("VND", "0");
    List<String> notes =
        List.of(
            "=HYPERLINK(\"http://example.com\",\"x\")",
            "+1+2",
            "-3+4",
            "@SUM(1,2)",
            "\tleading tab",
            "'quoted already",
            "Lunch - pho");
    for (int i = 0; i < notes.size(); i++) {
      user.record(
          with(
              with(income(cash, String.valueOf(1000 + i)), "note", notes.get(i)),
              "date",
              "2026-11-" + (10 + i)));
    }

    Api.Response export = user.get("/api/v1/transactions/export?format=csv");
    List<String> cells = new ArrayList<>();
    rows(export).forEach(row -> cells.add(row.get("note")));

    assertThat(cells)
        .containsExactly(
            "Lunch - pho",
            "'quoted already",
            "'\tleading tab",
            "'@SUM(1,2)",
            "'-3+4",
            "'+1+2",
            "'=HYPERLINK(\"http://example.com\",\"x\")");
    // Amounts stay plain numbers a spreadsheet can add up.
    rows(export).forEach(row -> assertThat(row.get("amount")).matches("\\d+"));

    UserClient other = new UserClient(api());
    String wallet = other.wallet("VND", "0");
    Map<String, String> fields = new java.util.LinkedHashMap<>();
    fields.put("walletId", wallet);
    fields.put(
        "mapping",
        "{\"date\":\"date\",\"dateFormat\":\"yyyy-MM-dd\",\"amount\":\"amount\","
            + "\"note\":\"note\"}");
    Api.Response imported =
        api().upload("/api/v1/imports", other.token(), fields, export.text().getBytes(UTF_8));
    assertThat(imported.status()).as(imported.text()).isEqualTo(201);
    List<String> back = new ArrayList<>();
    other
        .get("/api/v1/transactions?limit=50")
        .json()
        .get("items")
        .forEach(item -> back.add(item.get("note").asString()));
    assertThat(back).containsExactlyInAnyOrderElementsOf(notes);
  }

  @Test
  void theListsFiltersApplyAndAnotherUsersWalletIsNotFound() throws IOException {
    UserClient user = new UserClient(api());
    String cash = user.wallet("VND", "0");
    user.record(income(cash, "500000"));
    user.record(expense(cash, "20000"));
    UserClient stranger = new UserClient(api());

    assertThat(rows(user.get("/api/v1/transactions/export?format=csv&type=EXPENSE")))
        .singleElement()
        .satisfies(row -> assertThat(row.get("amount")).isEqualTo("20000"));
    Api.Response foreign = stranger.get("/api/v1/transactions/export?format=csv&walletId=" + cash);
    assertThat(foreign.status()).isEqualTo(404);
    assertThat(foreign.contentType()).startsWith("application/problem+json");
    Api.Response xml = user.get("/api/v1/transactions/export?format=xml");
    assertThat(xml.status()).isEqualTo(400);
    assertThat(xml.json().get("code").asString()).isEqualTo("validation-failed");
  }

  @Test
  void pagesFollowOneAnotherWithoutGapOrRepeat() throws IOException {
    UserClient user = new UserClient(api());
    String cash = user.wallet("VND", "0");
    for (int batch = 0; batch < 2; batch++) {
      List<Map<String, Object>> items = new ArrayList<>();
      for (int i = 0; i < 700; i++) {
        // Several per day, so that the id decides order within a date across page boundaries.
        items.add(
            with(income(cash, "1000"), "date", "2026-%02d-%02d".formatted(1 + i % 11, 1 + i % 28)));
      }
      assertThat(user.post("/api/v1/transactions/batch", Map.of("items", items)).status())
          .isEqualTo(201);
    }

    List<CSVRecord> rows = rows(user.get("/api/v1/transactions/export?format=csv"));

    assertThat(rows).hasSize(1400);
    assertThat(new HashSet<>(rows.stream().map(row -> row.get("id")).toList())).hasSize(1400);
    for (int i = 1; i < rows.size(); i++) {
      assertThat(rows.get(i).get("date")).isLessThanOrEqualTo(rows.get(i - 1).get("date"));
    }
  }
}
