package com.spendwise.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import com.spendwise.support.Api;
import com.spendwise.support.ApiTest;
import com.spendwise.support.UserClient;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Bank statements in: preview, import, de-duplication across files, refusals, encodings. */
class ImportTest extends ApiTest {

  /** A Vietnamese bank's columns: dd/MM/yyyy, '.' between thousands, a debit/credit pair. */
  private static final String BANK =
      "{\"date\":\"Ngày giao dịch\",\"debit\":\"Ghi nợ\",\"credit\":\"Ghi có\","
          + "\"note\":\"Mô tả\",\"dateFormat\":\"dd/MM/yyyy\",\"decimalSeparator\":\",\"}";

  private static byte[] file(String name) {
    try (InputStream in = ImportTest.class.getResourceAsStream("/imports/" + name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Api.Response upload(
      UserClient user, String wallet, String mapping, byte[] file, String... flags) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("walletId", wallet);
    fields.put("mapping", mapping);
    for (String flag : flags) {
      fields.put(flag, "true");
    }
    return api().upload("/api/v1/imports", user.token(), fields, file);
  }

  private static List<String> statuses(Api.Response response) {
    List<String> statuses = new ArrayList<>();
    response.json().get("rows").forEach(row -> statuses.add(row.get("status").asString()));
    return statuses;
  }

  private static int transactions(UserClient user) {
    return user.get("/api/v1/transactions?limit=200").json().get("items").size();
  }

  @Test
  void aPreviewSaysWhatEachRowBecomesAndWritesNothing() {
    UserClient user = new UserClient(api());
    String bank = user.wallet("VND", "10000000");

    Api.Response preview = upload(user, bank, BANK, file("bank-november.csv"), "dryRun");

    assertThat(preview.status()).as(preview.text()).isEqualTo(200);
    JsonNode rows = preview.json().get("rows");
    assertThat(statuses(preview)).containsOnly("NEW").hasSize(5);
    assertThat(rows.get(0).get("line").asInt()).isEqualTo(2);
    assertThat(rows.get(0).get("date").asString()).isEqualTo("2026-11-01");
    assertThat(rows.get(0).get("type").asString()).isEqualTo("EXPENSE");
    assertThat(rows.get(0).get("amount").asString()).isEqualTo("125000");
    assertThat(rows.get(0).get("note").asString()).isEqualTo("Thanh toán QR - Phở Thìn, Hà Nội");
    assertThat(rows.get(3).get("type").asString()).isEqualTo("INCOME");
    assertThat(rows.get(3).get("amount").asString()).isEqualTo("15000000");
    assertThat(preview.json().get("dryRun").asBoolean()).isTrue();
    assertThat(preview.json().get("walletId").isString())
        .as("a plain id, like every answer")
        .isTrue();
    assertThat(preview.json().get("walletId").asString()).isEqualTo(bank);
    assertThat(transactions(user)).isZero();
    assertThat(user.balance(bank)).isEqualTo("10000000");
  }

  @Test
  void reimportingTheSameOrAnOverlappingStatementRecordsNothingTwice() {
    UserClient user = new UserClient(api());
    String bank = user.wallet("VND", "10000000");

    Api.Response first = upload(user, bank, BANK, file("bank-november.csv"));
    Api.Response again = upload(user, bank, BANK, file("bank-november.csv"));
    Api.Response overlap = upload(user, bank, BANK, file("bank-november-overlap.csv"));

    assertThat(first.status()).as(first.text()).isEqualTo(201);
    assertThat(first.json().get("summary").get("recorded").asInt()).isEqualTo(5);
    assertThat(again.json().get("summary").get("recorded").asInt()).isZero();
    assertThat(again.json().get("summary").get("duplicates").asInt()).isEqualTo(5);
    assertThat(overlap.json().get("summary").get("recorded").asInt()).isEqualTo(1);
    assertThat(overlap.json().get("summary").get("duplicates").asInt()).isEqualTo(4);
    // Both coffees of 1 November are real: each was recorded once.
    assertThat(transactions(user)).isEqualTo(6);
    assertThat(user.balance(bank))
        .isEqualTo(
            String.valueOf(
                10_000_000 - 125_000 - 35_000 - 35_000 + 15_000_000 - 1_250_000 - 52_000));
    Api.Response preview = upload(user, bank, BANK, file("bank-november-overlap.csv"), "dryRun");
    assertThat(statuses(preview)).containsOnly("DUPLICATE");
  }

  @Test
  void theBanksOwnIdDecidesWhenTheMappingHasIt() {
    UserClient user = new UserClient(api());
    String bank = user.wallet("VND", "0");
    String withIds = BANK.replace("}", ",\"externalId\":\"Số tham chiếu\"}");

    upload(user, bank, withIds, file("bank-november.csv"));
    Api.Response overlap = upload(user, bank, withIds, file("bank-november-overlap.csv"));

    assertThat(overlap.json().get("summary").get("recorded").asInt()).isEqualTo(1);
    assertThat(transactions(user)).isEqualTo(6);
  }

  @Test
  void rowsWithProblemsRefuseTheFileUnlessSkippedAndAreAlwaysReported() {
    UserClient user = new UserClient(api());
    String bank = user.wallet("VND", "1000000");

    Api.Response refused = upload(user, bank, BANK, file("bank-with-problems.csv"));

    assertThat(refused.status()).as(refused.text()).isEqualTo(422);
    assertThat(refused.json().get("code").asString()).isEqualTo("invalid-rows");
    assertThat(UserClient.fieldCodes(refused))
        .containsExactlyInAnyOrder(
            "rows[line 3].date:no-such-date",
            "rows[line 4].amount:too-many-decimals",
            "rows[line 5].amount:invalid");
    assertThat(transactions(user)).isZero();

    Api.Response skipped = upload(user, bank, BANK, file("bank-with-problems.csv"), "skipInvalid");

    assertThat(skipped.status()).as(skipped.text()).isEqualTo(201);
    assertThat(statuses(skipped)).containsExactly("SKIPPED", "SKIPPED", "SKIPPED");
    assertThat(skipped.json().get("summary").get("recorded").asInt()).isEqualTo(2);
    assertThat(skipped.json().get("rows").get(0).get("line").asInt()).isEqualTo(3);
    assertThat(skipped.json().get("rows").get(0).get("problems").get(0).get("code").asString())
        .as("31/02/2026 has the format's shape but is no day")
        .isEqualTo("no-such-date");
    assertThat(skipped.json().get("rows").get(0).get("cells").get("date").asString())
        .as("what the file says, to show next to the problem")
        .isEqualTo("31/02/2026");
    assertThat(skipped.json().get("rows").get(2).get("cells").get("debit").asString())
        .isEqualTo("10.000");
    assertThat(skipped.json().get("rows").get(2).get("cells").get("credit").asString())
        .isEqualTo("20.000");
    assertThat(user.balance(bank)).isEqualTo("970000");
  }

  @Test
  void aMappingThatNamesAMissingColumnOrAWrongEncodingIsA400() {
    UserClient user = new UserClient(api());
    String bank = user.wallet("VND", "0");
    byte[] windows =
        "date,note,amount\r\n2026-11-01,Cà phê đá,-20000\r\n"
            .getBytes(Charset.forName("windows-1258"));
    String signed = "{\"date\":\"date\",\"amount\":\"amount\",\"note\":\"note\"";

    Api.Response missing =
        upload(user, bank, BANK.replace("Mô tả", "Diễn giải"), file("bank-november.csv"));
    Api.Response notUtf8 = upload(user, bank, signed + "}", windows);
    Api.Response both =
        upload(user, bank, signed + ",\"debit\":\"amount\"}", file("bank-november.csv"));
    Api.Response notJson = upload(user, bank, "date=Ngày", file("bank-november.csv"));
    Api.Response decoded = upload(user, bank, signed + ",\"encoding\":\"windows-1258\"}", windows);

    assertThat(UserClient.fieldCodes(missing)).containsExactly("mapping.note:unknown-column");
    assertThat(UserClient.fieldCodes(notUtf8)).containsExactly("mapping.encoding:wrong-encoding");
    assertThat(UserClient.fieldCodes(both)).containsExactly("mapping.amount:required");
    assertThat(UserClient.fieldCodes(notJson)).containsExactly("mapping:invalid-format");
    assertThat(decoded.status()).as(decoded.text()).isEqualTo(201);
    assertThat(user.get("/api/v1/transactions").json().get("items").get(0).get("note").asString())
        .isEqualTo("Cà phê đá");
  }

  @Test
  void categoriesAreMatchedByNameAndCreatedOnlyOnRequest() {
    UserClient user = new UserClient(api());
    String card = user.wallet("USD", "100.00");
    String mapping =
        "{\"date\":\"date\",\"amount\":\"amount\",\"note\":\"description\","
            + "\"category\":\"category\"}";

    Api.Response unknown = upload(user, card, mapping, file("signed-amounts.csv"));
    Api.Response created =
        upload(user, card, mapping, file("signed-amounts.csv"), "createCategories");

    assertThat(UserClient.fieldCodes(unknown))
        .containsExactly("rows[line 4].category:unknown-category");
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    assertThat(created.json().get("summary").get("categoriesCreated").get(0).asString())
        .isEqualTo("Live music");
    assertThat(user.balance(card)).isEqualTo("12.49");
    assertThat(user.get("/api/v1/categories?type=EXPENSE&limit=200").text()).contains("Live music");
  }

  @Test
  void anotherUsersWalletIsNotFoundAndNothingIsWritten() {
    UserClient owner = new UserClient(api());
    String bank = owner.wallet("VND", "0");
    UserClient stranger = new UserClient(api());

    Api.Response response = upload(stranger, bank, BANK, file("bank-november.csv"));

    assertThat(response.status()).isEqualTo(404);
    assertThat(transactions(owner)).isZero();
    assertThat(new String(file("bank-november.csv"), StandardCharsets.UTF_8)).contains("Phở");
  }

  private Api.Response uploadOfx(UserClient user, String wallet, String name, String... flags) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("walletId", wallet);
    fields.put("format", "ofx");
    for (String flag : flags) {
      fields.put(flag, "true");
    }
    return api().upload("/api/v1/imports", user.token(), fields, file(name));
  }

  @Test
  void anOfxOneStatementImportsOnceByItsFitids() {
    UserClient user = new UserClient(api());
    user.patch("/api/v1/me", Map.of("timeZone", "Asia/Ho_Chi_Minh"));
    String bank = user.wallet("VND", "10000000");

    Api.Response preview = uploadOfx(user, bank, "bank-v1.ofx", "dryRun");
    Api.Response first = uploadOfx(user, bank, "bank-v1.ofx");
    Api.Response again = uploadOfx(user, bank, "bank-v1.ofx");

    assertThat(preview.status()).as(preview.text()).isEqualTo(200);
    JsonNode pho = preview.json().get("rows").get(0);
    assertThat(pho.get("date").asString()).as("the day in Hanoi").isEqualTo("2026-11-01");
    assertThat(pho.get("amount").asString()).isEqualTo("125000");
    assertThat(pho.get("type").asString()).isEqualTo("EXPENSE");
    assertThat(pho.get("note").asString()).isEqualTo("PHO THIN HA NOI · Thanh toan QR");
    assertThat(first.status()).as(first.text()).isEqualTo(201);
    assertThat(first.json().get("summary").get("recorded").asInt()).isEqualTo(3);
    assertThat(again.json().get("summary").get("duplicates").asInt()).isEqualTo(3);
    assertThat(user.balance(bank))
        .isEqualTo(String.valueOf(10_000_000 - 125_000 - 35_000 + 15_000_000));
  }

  @Test
  void anOfxTwoStatementGoesOnlyIntoAWalletOfItsCurrency() {
    UserClient user = new UserClient(api());
    String dollars = user.wallet("USD", "100.00");
    String dong = user.wallet("VND", "0");

    Api.Response wrongCurrency = uploadOfx(user, dong, "card-v2.ofx");
    Api.Response imported = uploadOfx(user, dollars, "card-v2.ofx");
    Api.Response notOfx = uploadOfx(user, dollars, "bank-november.csv");

    assertThat(UserClient.fieldCodes(wrongCurrency)).containsExactly("walletId:currency-mismatch");
    assertThat(imported.status()).as(imported.text()).isEqualTo(201);
    assertThat(imported.json().get("summary").get("recorded").asInt()).isEqualTo(2);
    assertThat(
            uploadOfx(user, dollars, "card-v2.ofx", "dryRun")
                .json()
                .get("rows")
                .get(1)
                .get("note")
                .asString())
        .isEqualTo("Refund · Order 1234");
    assertThat(user.balance(dollars)).isEqualTo("92.49");
    assertThat(UserClient.fieldCodes(notOfx)).containsExactly("file:malformed-file");
  }

  @Test
  void aSavedMappingReadsTheNextStatementFromTheSameBank() {
    UserClient user = new UserClient(api());
    String bank = user.wallet("VND", "10000000");
    Map<String, Object> mapping =
        Map.of(
            "date",
            "Ngày giao dịch",
            "debit",
            "Ghi nợ",
            "credit",
            "Ghi có",
            "note",
            "Mô tả",
            "dateFormat",
            "dd/MM/yyyy",
            "decimalSeparator",
            ",");

    Api.Response saved =
        user.post("/api/v1/import-mappings", Map.of("name", "Vietcombank", "mapping", mapping));
    Api.Response sameName =
        user.post("/api/v1/import-mappings", Map.of("name", "VIETCOMBANK", "mapping", mapping));
    Api.Response noDate =
        user.post(
            "/api/v1/import-mappings",
            Map.of("name", "Broken", "mapping", Map.of("amount", "Số tiền")));

    assertThat(saved.status()).as(saved.text()).isEqualTo(201);
    assertThat(sameName.status()).isEqualTo(409);
    assertThat(UserClient.fieldCodes(noDate)).containsExactly("mapping.date:required");
    String id = saved.json().get("id").asString();
    assertThat(
            user.get("/api/v1/import-mappings").json().get("items").get(0).get("name").asString())
        .isEqualTo("Vietcombank");

    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("walletId", bank);
    fields.put("mappingId", id);
    Api.Response imported =
        api().upload("/api/v1/imports", user.token(), fields, file("bank-november.csv"));
    assertThat(imported.status()).as(imported.text()).isEqualTo(201);
    assertThat(imported.json().get("summary").get("recorded").asInt()).isEqualTo(5);

    UserClient stranger = new UserClient(api());
    assertThat(stranger.get("/api/v1/import-mappings/" + id).status()).isEqualTo(404);
    assertThat(user.delete("/api/v1/import-mappings/" + id).status()).isEqualTo(204);
    assertThat(
            api()
                .upload("/api/v1/imports", user.token(), fields, file("bank-november.csv"))
                .status())
        .isEqualTo(404);
  }
}
