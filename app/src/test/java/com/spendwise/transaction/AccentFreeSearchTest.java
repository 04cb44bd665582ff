package com.spendwise.transaction;

import static com.spendwise.support.UserClient.expense;
import static com.spendwise.support.UserClient.with;
import static org.assertj.core.api.Assertions.assertThat;

import com.spendwise.shared.TextFold;
import com.spendwise.support.ApiTest;
import com.spendwise.support.UserClient;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The list's q= ignores case and Vietnamese accents, through one folding that the database's index
 * and the rules' Java code share.
 */
class AccentFreeSearchTest extends ApiTest {

  @Test
  void searchIgnoresCaseAndAccentsBothWays() {
    UserClient user = new UserClient(api());
    String wallet = user.wallet("VND", "0");
    user.record(with(expense(wallet, "1"), "note", "Ăn trưa văn phòng"));
    user.record(with(expense(wallet, "1"), "note", "Tiền ĐIỆN tháng 11"));
    user.record(with(expense(wallet, "1"), "note", "Cà phê"));

    assertThat(notes(user, "an trua")).containsExactly("Ăn trưa văn phòng");
    assertThat(notes(user, "DIEN")).containsExactly("Tiền ĐIỆN tháng 11");
    assertThat(notes(user, "điện")).containsExactly("Tiền ĐIỆN tháng 11");
    assertThat(notes(user, "CA PHE")).containsExactly("Cà phê");
    assertThat(notes(user, "bun")).isEmpty();
  }

  @Test
  void notesTypedWithCombiningMarksAreFoundToo() {
    UserClient user = new UserClient(api());
    String wallet = user.wallet("VND", "0");
    user.record(with(expense(wallet, "1"), "note", "Pho\u031b\u0309 bo\u0300"));

    assertThat(notes(user, "pho bo")).hasSize(1);
  }

  @Test
  void theDatabaseFoldsEveryCharacterAsJavaDoes() {
    String[] characters =
        IntStream.range(1, 0x2000)
            .filter(c -> !Character.isSurrogate((char) c))
            .mapToObj(c -> String.valueOf((char) c))
            .toArray(String[]::new);
    List<String> folded =
        jdbc.sql(
                "SELECT spendwise_fold(c) FROM unnest(CAST(? AS text[])) WITH ORDINALITY AS x(c, n) ORDER BY n")
            .param(characters)
            .query(String.class)
            .list();

    for (int i = 0; i < characters.length; i++) {
      assertThat(folded.get(i))
          .as("U+%04X", (int) characters[i].charAt(0))
          .isEqualTo(TextFold.fold(characters[i]));
    }
    assertThat(TextFold.fold("Ăn TRƯA, Điện")).isEqualTo("an trua, dien");
  }

  @Test
  void theNoteIndexStartsWithTheOwner() {
    String definition =
        jdbc.sql("SELECT indexdef FROM pg_indexes WHERE indexname = 'transactions_note_fold_idx'")
            .query(String.class)
            .single();

    assertThat(definition).contains("gin (user_id, note_folded gin_trgm_ops)");
  }

  private static List<String> notes(UserClient user, String q) {
    JsonNode items =
        user.get(
                "/api/v1/transactions?q="
                    + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8))
            .json()
            .get("items");
    return items.valueStream().map(item -> item.get("note").asString()).toList();
  }
}
