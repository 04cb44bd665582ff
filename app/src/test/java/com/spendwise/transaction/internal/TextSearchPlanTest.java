package com.spendwise.transaction.internal;

import static com.spendwise.support.UserClient.expense;
import static com.spendwise.support.UserClient.with;
import static org.assertj.core.api.Assertions.assertThat;

import com.spendwise.support.ApiTest;
import com.spendwise.support.UserClient;
import com.spendwise.transaction.EntryFilter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Which word of a phrase the trigram index narrows by: the planner's rare word, or none when the
 * phrase's only long word is in many notes (narrowing by it would read every note holding it).
 */
class TextSearchPlanTest extends ApiTest {

  @Autowired EntryRepository entries;
  @Autowired TransactionTemplate transactions;

  @Test
  void aPhraseNarrowsByItsRareWordOnly() {
    UserClient user = new UserClient(api());
    String wallet = user.wallet("VND", "0");
    for (int batch = 0; batch < 5; batch++) {
      List<Map<String, Object>> items = new ArrayList<>();
      for (int i = 0; i < 1000; i++) {
        items.add(with(expense(wallet, "1000"), "note", "market " + (batch * 1000 + i)));
      }
      assertThat(user.post("/api/v1/transactions/batch", Map.of("items", items)).status())
          .isEqualTo(201);
    }
    jdbc.sql("ANALYZE transactions").update();

    assertThat(narrowBy("market 1234")).isEqualTo("1234");
    assertThat(narrowBy("market qzv")).isEqualTo("qzv");
    // "market" is in 5,000 notes and "99" is too short for a trigram: the whole phrase goes to
    // the index.
    assertThat(narrowBy("market 99")).isNull();
    assertThat(narrowBy("market")).isNull();
    assertThat(narrowBy("99")).isNull();
  }

  private String narrowBy(String text) {
    EntryFilter filter =
        new EntryFilter(null, null, null, null, null, false, null, null, null, text, null, null);
    return transactions.execute(status -> entries.planTextSearch(filter));
  }
}
