package com.spendwise.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.spendwise.support.Api;
import com.spendwise.support.ReportOracle;
import com.spendwise.support.ReportTotals;
import com.spendwise.support.SharedApplication;
import com.spendwise.support.UserClient;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every report against the brute-force oracle over random ledgers (creates, edits and deletes of
 * income, expenses and transfers in two currencies, dated around a leap day), and the daily totals
 * against the ledger. jqwik prints the seed of a failing run; replay it with {@code @Property(seed
 * = "...")}.
 */
class ReportPropertyTest {

  private static final List<String> CURRENCIES = List.of("VND", "VND", "USD");
  private static final LocalDate FIRST = LocalDate.of(2028, 2, 20);

  private static Api api;
  private static JdbcClient jdbc;

  @BeforeContainer
  static void application() {
    api = SharedApplication.api();
    jdbc = SharedApplication.jdbc();
  }

  /** One write: {@code which} picks an earlier entry for edits and deletes. */
  record Op(
      String kind,
      String type,
      int source,
      int target,
      int minor,
      int day,
      int category,
      int which) {}

  @Provide
  Arbitrary<List<Op>> ledgers() {
    Arbitrary<Integer> wallet = Arbitraries.integers().between(0, CURRENCIES.size() - 1);
    Arbitrary<Op> op =
        Combinators.combine(
                Arbitraries.frequency(
                    Tuple.of(6, "create"), Tuple.of(2, "edit"), Tuple.of(2, "delete")),
                Arbitraries.of("INCOME", "EXPENSE", "EXPENSE", "TRANSFER"),
                wallet,
                wallet,
                Arbitraries.integers().between(1, 500_000),
                Arbitraries.integers().between(0, 20),
                Arbitraries.integers().between(0, 2),
                Arbitraries.integers().between(0, 100))
            .as(Op::new);
    return op.list().ofMinSize(1).ofMaxSize(25);
  }

  @Property(tries = 12)
  void reportsEqualTheirRecomputationFromTheLedger(@ForAll("ledgers") List<Op> ops) {
    UserClient user = new UserClient(api);
    List<String> wallets = new ArrayList<>();
    for (String currency : CURRENCIES) {
      wallets.add(user.wallet(currency, currency.equals("USD") ? "50.00" : "100000"));
    }
    List<String> expenseCategories =
        List.of(category(user, "EXPENSE", "Food"), category(user, "EXPENSE", "Rent"));
    String incomeCategory = category(user, "INCOME", "Pay");
    List<String> ids = new ArrayList<>();
    for (Op op : ops) {
      Map<String, Object> body = body(op, wallets, expenseCategories, incomeCategory);
      if (op.kind().equals("create") || ids.isEmpty()) {
        Api.Response created = user.post("/api/v1/transactions", body);
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        ids.add(created.json().get("id").asString());
      } else if (op.kind().equals("edit")) {
        Api.Response edited =
            user.put("/api/v1/transactions/" + ids.get(op.which() % ids.size()), body);
        assertThat(edited.status()).as(edited.text()).isEqualTo(200);
      } else {
        String id = ids.remove(op.which() % ids.size());
        assertThat(user.delete("/api/v1/transactions/" + id).status()).isEqualTo(204);
      }
    }

    ReportOracle oracle = new ReportOracle(user);
    LocalDate last = FIRST.plusDays(20);
    ReportAssertions.cashFlow(user, oracle, FIRST, last, "day");
    ReportAssertions.cashFlow(user, oracle, FIRST.plusDays(3), last, "week");
    ReportAssertions.categories(user, oracle, FIRST.plusDays(10), last, "EXPENSE");
    ReportAssertions.categories(user, oracle, FIRST, last, "INCOME");
    ReportAssertions.netWorth(user, oracle, FIRST.minusDays(1), last, "week");
    ReportAssertions.tags(user, oracle, FIRST, last);
    assertThat(ReportTotals.mismatches(jdbc, List.of(user.id()))).isEmpty();
  }

  private static Map<String, Object> body(
      Op op, List<String> wallets, List<String> expenseCategories, String incomeCategory) {
    int target = op.source() == op.target() ? (op.target() + 1) % wallets.size() : op.target();
    String date = FIRST.plusDays(op.day()).toString();
    Map<String, Object> body =
        switch (op.type()) {
          case "INCOME" -> UserClient.income(wallets.get(target), amount(target, op.minor()));
          case "EXPENSE" ->
              UserClient.expense(wallets.get(op.source()), amount(op.source(), op.minor()));
          default -> {
            Map<String, Object> transfer =
                UserClient.transfer(
                    wallets.get(op.source()), wallets.get(target), amount(op.source(), op.minor()));
            yield CURRENCIES.get(op.source()).equals(CURRENCIES.get(target))
                ? transfer
                : UserClient.with(transfer, "targetAmount", amount(target, op.minor() / 3 + 1));
          }
        };
    body = UserClient.with(body, "date", date);
    if (op.category() < 2 && op.type().equals("EXPENSE")) {
      body = UserClient.with(body, "categoryId", expenseCategories.get(op.category()));
    } else if (op.category() < 2 && op.type().equals("INCOME")) {
      body = UserClient.with(body, "categoryId", incomeCategory);
    }
    return body;
  }

  private static String amount(int wallet, int minor) {
    return CURRENCIES.get(wallet).equals("USD")
        ? BigDecimal.valueOf(minor, 2).toPlainString()
        : String.valueOf(minor);
  }

  private static String category(UserClient user, String type, String name) {
    return user.create("/api/v1/categories", Map.of("name", name, "type", type))
        .get("id")
        .asString();
  }
}
