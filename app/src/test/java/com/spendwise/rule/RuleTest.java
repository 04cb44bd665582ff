package com.spendwise.rule;

import static com.spendwise.support.UserClient.expense;
import static com.spendwise.support.UserClient.income;
import static com.spendwise.support.UserClient.with;
import static org.assertj.core.api.Assertions.assertThat;

import com.spendwise.support.Api;
import com.spendwise.support.ApiTest;
import com.spendwise.support.UserClient;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Rules over HTTP: created, run on new and imported transactions, previewed and applied. */
class RuleTest extends ApiTest {

  private static Map<String, Object> note(String operator, String value) {
    return Map.of("field", "NOTE", "operator", operator, "value", value);
  }

  private static Map<String, Object> setCategory(String category) {
    return Map.of("type", "SET_CATEGORY", "categoryId", category);
  }

  private static Map<String, Object> rule(
      String name, String match, List<?> conditions, List<?> actions) {
    Map<String, Object> rule = new LinkedHashMap<>();
    rule.put("name", name);
    rule.put("runsOn", "BOTH");
    rule.put("match", match);
    rule.put("conditions", conditions);
    rule.put("actions", actions);
    return rule;
  }

  private String category(UserClient user, String name, String type) {
    return user.create(
            "/api/v1/categories", Map.of("name", name + " " + UUID.randomUUID(), "type", type))
        .get("id")
        .asString();
  }

  @Test
  void aRuleCategorisesNewTransactionsIgnoringCaseAndAccents() {
    UserClient user = new UserClient(api());
    String wallet = user.wallet("VND", "1000000");
    String food = category(user, "Ăn uống", "EXPENSE");
    JsonNode rule =
        user.create(
            "/api/v1/rules",
            rule("Lunch", "ALL", List.of(note("CONTAINS", "an trua")), List.of(setCategory(food))));

    JsonNode lunch = user.record(with(expense(wallet, "45000"), "note", "Ăn TRƯA văn phòng"));
    JsonNode other = user.record(with(expense(wallet, "45000"), "note", "Cà phê"));

    assertThat(lunch.get("categoryId").asString()).isEqualTo(food);
    assertThat(lunch.get("ruleFields").get("CATEGORY").asString())
        .isEqualTo(rule.get("id").asString());
    assertThat(lunch.get("personFields").valueStream().map(JsonNode::asString))
        .containsExactly("NOTE");
    assertThat(other.get("categoryId").isNull()).isTrue();
    assertThat(other.get("ruleFields").size()).isZero();
  }

  @Test
  void aPersonsOwnCategoryWinsOverEveryRule() {
    UserClient user = new UserClient(api());
    String wallet = user.wallet("VND", "1000000");
    String transport = category(user, "Transport", "EXPENSE");
    String mine = category(user, "Mine", "EXPENSE");
    String rule =
        user.create(
                "/api/v1/rules",
                rule(
                    "Grab",
                    "ALL",
                    List.of(note("STARTS_WITH", "grab")),
                    List.of(setCategory(transport))))
            .get("id")
            .asString();

    JsonNode chosen =
        user.record(with(with(expense(wallet, "50000"), "note", "GRAB*1"), "categoryId", mine));
    Api.Response applied = user.post("/api/v1/rules/" + rule + "/apply", Map.of());

    assertThat(chosen.get("categoryId").asString()).isEqualTo(mine);
    assertThat(applied.json().get("changed").asLong()).isZero();
    assertThat(
            user.get("/api/v1/transactions/" + chosen.get("id").asString())
                .json()
                .get("categoryId")
                .asString())
        .isEqualTo(mine);
  }

  @Test
  void rulesRunInOrderAndStopProcessingEndsTheRun() {
    UserClient user = new UserClient(api());
    String wallet = user.wallet("VND", "1000000");
    String first = category(user, "First", "EXPENSE");
    String second = category(user, "Second", "EXPENSE");
    String tag = user.tag("later");
    Map<String, Object> stopping =
        with(
            rule("One", "ALL", List.of(note("CONTAINS", "shop")), List.of(setCategory(first))),
            "stopProcessing",
            true);
    user.create("/api/v1/rules", stopping);
    user.create(
        "/api/v1/rules",
        rule(
            "Two",
            "ANY",
            List.of(note("CONTAINS", "shop"), note("CONTAINS", "market")),
            List.of(setCategory(second), Map.of("type", "ADD_TAGS", "tagIds", List.of(tag)))));

    JsonNode shop = user.record(with(expense(wallet, "1000"), "note", "Shop"));
    JsonNode market = user.record(with(expense(wallet, "1000"), "note", "Market"));

    assertThat(shop.get("categoryId").asString()).isEqualTo(first);
    assertThat(shop.get("tagIds").size()).isZero();
    assertThat(market.get("categoryId").asString()).isEqualTo(second);
    assertThat(market.get("tagIds").get(0).asString()).isEqualTo(tag);
  }

  @Test
  void groupsMixAllWithAny() {
    UserClient user = new UserClient(api());
    String wallet = user.wallet("VND", "1000000");
    String big = category(user, "Big food", "EXPENSE");
    Map<String, Object> group =
        Map.of(
            "match",
            "ANY",
            "conditions",
            List.of(note("CONTAINS", "phở"), note("CONTAINS", "bún")));
    user.create(
        "/api/v1/rules",
        rule(
            "Big food",
            "ALL",
            List.of(group, Map.of("field", "AMOUNT", "operator", "GREATER", "value", "100000")),
            List.of(setCategory(big))));

    JsonNode bigPho = user.record(with(expense(wallet, "150000"), "note", "Pho Thin"));
    JsonNode smallBun = user.record(with(expense(wallet, "50000"), "note", "Bún chả"));
    JsonNode bigOther = user.record(with(expense(wallet, "150000"), "note", "Cơm"));

    assertThat(bigPho.get("categoryId").asString()).isEqualTo(big);
    assertThat(smallBun.get("categoryId").isNull()).isTrue();
    assertThat(bigOther.get("categoryId").isNull()).isTrue();
  }

  @Test
  void aCategoryOfTheWrongTypeIsRefusedWhenSavedAndSkippedWhenItLaterGoes() {
    UserClient user = new UserClient(api());
    String wallet = user.wallet("VND", "1000000");
    String salary = category(user, "Salary", "INCOME");
    String food = category(user, "Food", "EXPENSE");
    Map<String, Object> expenses = Map.of("field", "TYPE", "operator", "IS", "value", "EXPENSE");

    Api.Response wrong =
        user.post(
            "/api/v1/rules", rule("Wrong", "ALL", List.of(expenses), List.of(setCategory(salary))));
    String rule =
        user.create(
                "/api/v1/rules", rule("Food", "ALL", List.of(expenses), List.of(setCategory(food))))
            .get("id")
            .asString();
    user.delete("/api/v1/categories/" + food);
    JsonNode after = user.record(expense(wallet, "1000"));

    assertThat(wrong.status()).isEqualTo(400);
    assertThat(UserClient.fieldCodes(wrong)).containsExactly("actions[0].categoryId:wrong-type");
    assertThat(after.get("categoryId").isNull()).isTrue();
    assertThat(user.get("/api/v1/rules/" + rule).json().get("problem").asString())
        .isEqualTo("category-deleted");
  }

  @Test
  void badRulesAreRefusedWithTheirFieldsAndNothingIsSaved() {
    UserClient user = new UserClient(api());
    Api.Response bad =
        user.post(
            "/api/v1/rules",
            rule(
                "",
                "ALL",
                List.of(
                    note("MATCHES", "(unclosed"),
                    Map.of("field", "AMOUNT", "operator", "CONTAINS", "value", "1"),
                    Map.of(
                        "field",
                        "DAY_OF_MONTH",
                        "operator",
                        "BETWEEN",
                        "value",
                        "20",
                        "value2",
                        "3"),
                    Map.of(
                        "match",
                        "ANY",
                        "conditions",
                        List.of(Map.of("match", "ALL", "conditions", List.of())))),
                List.of(Map.of("type", "APPEND_NOTE"))));

    assertThat(bad.status()).isEqualTo(400);
    assertThat(UserClient.fieldCodes(bad))
        .contains(
            "name:size",
            "conditions[0].value:invalid-pattern",
            "conditions[1].operator:invalid",
            "conditions[2].value2:invalid-range",
            "conditions[3].conditions[0]:nested-group",
            "actions[0].value:size");
    assertThat(user.get("/api/v1/rules").json().get("items").size()).isZero();
  }

  @Test
  void anotherUsersRuleIsNotFoundAndARuleNamesOnlyTheOwnersThings() {
    UserClient owner = new UserClient(api());
    UserClient other = new UserClient(api());
    String ownersCategory = category(owner, "Owner's", "EXPENSE");
    String ownersWallet = owner.wallet("VND", "0");
    String rule =
        owner
            .create(
                "/api/v1/rules",
                rule(
                    "Mine",
                    "ALL",
                    List.of(note("CONTAINS", "x")),
                    List.of(setCategory(ownersCategory))))
            .get("id")
            .asString();

    assertThat(other.get("/api/v1/rules/" + rule).status()).isEqualTo(404);
    assertThat(
            other
                .put(
                    "/api/v1/rules/" + rule,
                    rule(
                        "x",
                        "ALL",
                        List.of(note("CONTAINS", "y")),
                        List.of(Map.of("type", "SET_NOTE", "value", "z"))))
                .status())
        .isEqualTo(404);
    assertThat(other.post("/api/v1/rules/" + rule + "/preview", Map.of()).status()).isEqualTo(404);
    assertThat(other.post("/api/v1/rules/" + rule + "/apply", Map.of()).status()).isEqualTo(404);
    assertThat(other.delete("/api/v1/rules/" + rule).status()).isEqualTo(404);
    assertThat(
            other
                .post(
                    "/api/v1/rules",
                    rule(
                        "Theirs",
                        "ALL",
                        List.of(note("CONTAINS", "x")),
                        List.of(setCategory(ownersCategory))))
                .status())
        .isEqualTo(404);
    assertThat(
            other
                .post(
                    "/api/v1/rules",
                    rule(
                        "Theirs",
                        "ALL",
                        List.of(
                            Map.of(
                                "field", "WALLET", "operator", "IS", "ids", List.of(ownersWallet))),
                        List.of(Map.of("type", "SET_NOTE", "value", "z"))))
                .status())
        .isEqualTo(404);
    assertThat(owner.get("/api/v1/rules/" + rule).json().get("name").asString()).isEqualTo("Mine");
  }

  @Test
  void previewShowsBeforeAndAfterAndApplyIsIdempotent() {
    UserClient user = new UserClient(api());
    String wallet = user.wallet("VND", "1000000");
    String power = category(user, "Điện nước", "EXPENSE");
    for (int i = 0; i < 3; i++) {
      user.record(with(expense(wallet, "100000"), "note", "Tiền điện tháng " + i));
    }
    user.record(with(expense(wallet, "100000"), "note", "Nước"));
    Map<String, Object> body =
        with(
            rule("Power", "ALL", List.of(note("CONTAINS", "DIEN")), List.of(setCategory(power))),
            "runsOn",
            "IMPORT");
    String rule = user.create("/api/v1/rules", body).get("id").asString();

    JsonNode preview = user.post("/api/v1/rules/" + rule + "/preview", Map.of()).json();
    JsonNode applied = user.post("/api/v1/rules/" + rule + "/apply", Map.of()).json();
    JsonNode again = user.post("/api/v1/rules/" + rule + "/apply", Map.of()).json();
    JsonNode previewAfter = user.post("/api/v1/rules/" + rule + "/preview", Map.of()).json();

    assertThat(preview.get("items").size()).isEqualTo(3);
    JsonNode change = preview.get("items").get(0);
    assertThat(change.get("before").get("categoryId").isNull()).isTrue();
    assertThat(change.get("after").get("categoryId").asString()).isEqualTo(power);
    assertThat(applied.get("changed").asLong()).isEqualTo(3);
    assertThat(again.get("changed").asLong()).isZero();
    assertThat(previewAfter.get("items").size()).isZero();
    JsonNode listed = user.get("/api/v1/transactions?categoryId=" + power).json().get("items");
    assertThat(listed.size()).isEqualTo(3);
    assertThat(listed.get(0).get("ruleFields").get("CATEGORY").asString()).isEqualTo(rule);
  }

  @Test
  void applyingTagsAndANoteKeepsBalancesAndBudgetsWhole() {
    UserClient user = new UserClient(api());
    String wallet = user.wallet("VND", "1000000");
    String tag = user.tag("grab-" + UUID.randomUUID());
    String kept = user.tag("kept-" + UUID.randomUUID());
    String tagged =
        user.record(
                with(with(expense(wallet, "30000"), "note", "GRAB ride"), "tagIds", List.of(kept)))
            .get("id")
            .asString();
    String plain =
        user.record(with(expense(wallet, "20000"), "note", "grab food")).get("id").asString();
    user.record(with(expense(wallet, "10000"), "note", "Bus"));
    String rule =
        user.create(
                "/api/v1/rules",
                rule(
                    "Grab",
                    "ALL",
                    List.of(note("CONTAINS", "grab")),
                    List.of(
                        Map.of("type", "ADD_TAGS", "tagIds", List.of(tag)),
                        Map.of("type", "APPEND_NOTE", "value", "(Grab)"))))
            .get("id")
            .asString();

    JsonNode applied = user.post("/api/v1/rules/" + rule + "/apply", Map.of()).json();
    JsonNode plainAfter = user.get("/api/v1/transactions/" + plain).json();
    JsonNode taggedAfter = user.get("/api/v1/transactions/" + tagged).json();

    assertThat(applied.get("changed").asLong()).isEqualTo(1);
    assertThat(plainAfter.get("tagIds").valueStream().map(JsonNode::asString)).containsExactly(tag);
    assertThat(plainAfter.get("note").asString())
        .as("the person's note stays")
        .isEqualTo("grab food");
    assertThat(plainAfter.get("ruleFields").get("TAGS").asString()).isEqualTo(rule);
    assertThat(taggedAfter.get("tagIds").valueStream().map(JsonNode::asString))
        .as("the person's tags stay")
        .containsExactly(kept);
    assertThat(user.balance(wallet)).isEqualTo("940000");
    assertThat(user.get("/api/v1/transactions?tagIds=" + tag).json().get("items").size())
        .isEqualTo(1);
  }

  @Test
  void aRuleWhoseCategoryConditionWasDeletedPreviewsAndAppliesNothing() {
    UserClient user = new UserClient(api());
    String wallet = user.wallet("VND", "0");
    String gone = category(user, "Gone", "EXPENSE");
    user.record(with(expense(wallet, "1000"), "note", "x"));
    String rule =
        user.create(
                "/api/v1/rules",
                rule(
                    "Gone",
                    "ALL",
                    List.of(Map.of("field", "CATEGORY", "operator", "IS", "ids", List.of(gone))),
                    List.of(Map.of("type", "SET_NOTE", "value", "y"))))
            .get("id")
            .asString();
    assertThat(user.delete("/api/v1/categories/" + gone).status()).isEqualTo(204);

    Api.Response preview = user.post("/api/v1/rules/" + rule + "/preview", Map.of());
    Api.Response applied = user.post("/api/v1/rules/" + rule + "/apply", Map.of());

    assertThat(preview.status()).as(preview.text()).isEqualTo(200);
    assertThat(preview.json().get("items").size()).isZero();
    assertThat(applied.json().get("changed").asLong()).isZero();
  }

  @Test
  void importsArriveToReviewWithTheImportRulesApplied() {
    UserClient user = new UserClient(api());
    String bank = user.wallet("VND", "10000000");
    String coffee = category(user, "Cà phê", "EXPENSE");
    user.create(
        "/api/v1/rules",
        with(
            rule(
                "Coffee",
                "ALL",
                List.of(
                    note("CONTAINS", "ca phe"),
                    Map.of("field", "IMPORTED", "operator", "IS", "value", "true")),
                List.of(setCategory(coffee))),
            "runsOn",
            "IMPORT"));

    Api.Response imported = importStatement(user, bank);
    Api.Response again = importStatement(user, bank);
    JsonNode inbox = user.get("/api/v1/transactions/review?includeTotal=true").json();
    JsonNode typed = user.record(with(expense(bank, "35000"), "note", "Cà phê"));

    assertThat(imported.json().get("summary").get("recorded").asInt()).isEqualTo(5);
    assertThat(again.json().get("summary").get("duplicates").asInt()).isEqualTo(5);
    assertThat(inbox.get("total").asLong()).isEqualTo(5);
    assertThat(inbox.get("items").get(0).get("date").asString()).isEqualTo("2026-11-01");
    assertThat(
            inbox
                .get("items")
                .valueStream()
                .filter(t -> t.get("note").asString().equals("Cà phê sữa đá"))
                .map(t -> t.get("categoryId").asString()))
        .containsExactly(coffee, coffee);
    assertThat(typed.get("categoryId").isNull()).as("a rule for imports only").isTrue();
    assertThat(typed.get("reviewed").asBoolean()).isTrue();
    assertThat(user.get("/api/v1/transactions?reviewed=false").json().get("items").size())
        .isEqualTo(5);

    String first = inbox.get("items").get(0).get("id").asString();
    JsonNode confirmed =
        user.post("/api/v1/transactions/review", Map.of("ids", List.of(first, first))).json();
    assertThat(confirmed.get("confirmed").asInt()).isEqualTo(1);
    assertThat(
            user.get("/api/v1/transactions/review?includeTotal=true").json().get("total").asLong())
        .isEqualTo(4);
  }

  @Test
  void aSuggestionAppearsAtTheThirdIdenticalChoiceAndNeverAfterDismissal() {
    UserClient user = new UserClient(api());
    String wallet = user.wallet("VND", "1000000");
    String transport = category(user, "Transport", "EXPENSE");
    String food = category(user, "Food", "EXPENSE");
    user.record(with(with(expense(wallet, "1"), "note", "GRAB*1234 HCM"), "categoryId", transport));
    user.record(with(with(expense(wallet, "1"), "note", "Grab*99 hcm"), "categoryId", transport));
    user.record(with(with(expense(wallet, "1"), "note", "Cơm"), "categoryId", food));

    assertThat(user.get("/api/v1/rules/suggestions").json().get("items").size()).isZero();

    user.record(with(with(expense(wallet, "1"), "note", "GRAB*5555 HCM"), "categoryId", transport));
    JsonNode offered = user.get("/api/v1/rules/suggestions").json().get("items");
    assertThat(offered.size()).isEqualTo(1);
    assertThat(offered.get(0).get("prefix").asString()).isEqualTo("GRAB");
    assertThat(offered.get(0).get("categoryId").asString()).isEqualTo(transport);

    String id = offered.get(0).get("id").asString();
    assertThat(user.post("/api/v1/rules/suggestions/" + id + "/dismiss", Map.of()).status())
        .isEqualTo(204);
    user.record(with(with(expense(wallet, "1"), "note", "GRAB*7 HCM"), "categoryId", transport));
    assertThat(user.get("/api/v1/rules/suggestions").json().get("items").size()).isZero();
    assertThat(user.get("/api/v1/rules").json().get("items").size()).as("nothing silent").isZero();
  }

  @Test
  void anAcceptedSuggestionBecomesARuleAndSuggestionsCanBeSwitchedOff() {
    UserClient user = new UserClient(api());
    String wallet = user.wallet("VND", "1000000");
    String power = category(user, "Power", "EXPENSE");
    for (int i = 0; i < 3; i++) {
      user.record(
          with(with(expense(wallet, "1"), "note", "EVN " + i + " Hà Nội"), "categoryId", power));
    }
    String id =
        user.get("/api/v1/rules/suggestions").json().get("items").get(0).get("id").asString();

    Api.Response accepted = user.post("/api/v1/rules/suggestions/" + id + "/accept", Map.of());
    JsonNode next = user.record(with(expense(wallet, "1"), "note", "EVN 9 Hà Nội"));
    assertThat(accepted.status()).as(accepted.text()).isEqualTo(201);
    assertThat(next.get("categoryId").asString()).isEqualTo(power);

    UserClient quiet = new UserClient(api());
    assertThat(quiet.patch("/api/v1/me", Map.of("suggestRules", false)).status()).isEqualTo(200);
    String quietWallet = quiet.wallet("VND", "0");
    String quietPower = category(quiet, "Power", "EXPENSE");
    for (int i = 0; i < 3; i++) {
      quiet.record(
          with(with(expense(quietWallet, "1"), "note", "EVN " + i), "categoryId", quietPower));
    }
    assertThat(quiet.get("/api/v1/rules/suggestions").json().get("items").size()).isZero();
    assertThat(quiet.get("/api/v1/me").json().get("suggestRules").asBoolean()).isFalse();
  }

  @Test
  void incomeIsNotGivenAnExpenseCategoryByARuleWithoutAType() {
    UserClient user = new UserClient(api());
    String wallet = user.wallet("VND", "0");
    String food = category(user, "Food", "EXPENSE");
    user.create(
        "/api/v1/rules",
        rule("Any bun", "ALL", List.of(note("CONTAINS", "bun")), List.of(setCategory(food))));

    JsonNode refund = user.record(with(income(wallet, "1000"), "note", "Bún refund"));

    assertThat(refund.get("categoryId").isNull()).isTrue();
  }

  @Test
  void rulesAndWhatTheySetSurviveABackupAndOlderBackupsStillRestore() {
    UserClient original = new UserClient(api());
    String wallet = original.wallet("VND", "1000000");
    String food = category(original, "Food", "EXPENSE");
    original.create(
        "/api/v1/rules",
        rule("Lunch", "ALL", List.of(note("CONTAINS", "lunch")), List.of(setCategory(food))));
    original.record(with(expense(wallet, "1000"), "note", "Lunch"));
    JsonNode backup = original.get("/api/v1/backup").json();

    UserClient fresh = new UserClient(api());
    Api.Response restored = fresh.post("/api/v1/backup/restore", backup);
    JsonNode rules = fresh.get("/api/v1/rules").json().get("items");
    JsonNode entry = fresh.get("/api/v1/transactions").json().get("items").get(0);

    assertThat(backup.get("version").asInt()).isEqualTo(2);
    assertThat(restored.status()).as(restored.text()).isEqualTo(200);
    assertThat(rules.size()).isEqualTo(1);
    String newFood = rules.get(0).get("actions").get(0).get("categoryId").asString();
    assertThat(newFood).isNotEqualTo(food);
    assertThat(entry.get("categoryId").asString()).isEqualTo(newFood);
    assertThat(entry.get("ruleFields").get("CATEGORY").asString())
        .isEqualTo(rules.get(0).get("id").asString());
    assertThat(
            fresh
                .record(
                    with(
                        expense(
                            fresh
                                .get("/api/v1/wallets")
                                .json()
                                .get("items")
                                .get(0)
                                .get("id")
                                .asString(),
                            "1"),
                        "note",
                        "lunch again"))
                .get("categoryId")
                .asString())
        .isEqualTo(newFood);

    tools.jackson.databind.node.ObjectNode older =
        (tools.jackson.databind.node.ObjectNode) backup.deepCopy();
    older.put("version", 1);
    older.remove("rules");
    older
        .get("transactions")
        .forEach(t -> ((tools.jackson.databind.node.ObjectNode) t).remove("marks"));
    UserClient third = new UserClient(api());
    Api.Response fromOlder = third.post("/api/v1/backup/restore", older);
    assertThat(fromOlder.status()).as(fromOlder.text()).isEqualTo(200);
    JsonNode olderEntry = third.get("/api/v1/transactions").json().get("items").get(0);
    assertThat(olderEntry.get("personFields").valueStream().map(JsonNode::asString))
        .containsExactlyInAnyOrder("CATEGORY", "NOTE");
  }

  private Api.Response importStatement(UserClient user, String bank) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("walletId", bank);
    fields.put(
        "mapping",
        "{\"date\":\"Ngày giao dịch\",\"debit\":\"Ghi nợ\",\"credit\":\"Ghi có\","
            + "\"note\":\"Mô tả\",\"dateFormat\":\"dd/MM/yyyy\",\"decimalSeparator\":\",\"}");
    try (InputStream in = RuleTest.class.getResourceAsStream("/imports/bank-november.csv")) {
      return api().upload("/api/v1/imports", user.token(), fields, in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
