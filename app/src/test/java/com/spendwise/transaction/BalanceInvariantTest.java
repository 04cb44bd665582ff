package com.spendwise.transaction;

import static org.assertj.core.api.Assertions.assertThat;

import com.spendwise.support.Api;
import com.spendwise.support.Balances;
import com.spendwise.support.SharedApplication;
import com.spendwise.support.UserClient;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
 * The balance invariant over random sequences of creates, edits and deletes, checked against an
 * independent model after every sequence. jqwik reports the seed of a failing run; replay it with
 * {@code @Property(seed = "...")}.
 */
class BalanceInvariantTest {

  private static final List<String> CURRENCIES = List.of("VND", "VND", "USD", "KWD");
  private static final List<String> OPENING = List.of("0", "5000", "10.00", "0.250");

  private static Api api;
  private static JdbcClient jdbc;

  @BeforeContainer
  static void application() {
    api = SharedApplication.api();
    jdbc = SharedApplication.jdbc();
  }

  sealed interface Op permits Create, Edit, Delete {}

  record Create(Move move) implements Op {}

  record Edit(int which, Move move) implements Op {}

  record Delete(int which) implements Op {}

  /**
   * A transaction in minor units; wallets by index, a transfer's target differs from its source.
   */
  record Move(String type, int source, int target, long minor, long targetMinor) {

    Map<String, Object> body(List<String> wallets) {
      String amount = amount(type.equals("INCOME") ? target : source, minor).toPlainString();
      return switch (type) {
        case "INCOME" -> UserClient.income(wallets.get(target), amount);
        case "EXPENSE" -> UserClient.expense(wallets.get(source), amount);
        default -> {
          Map<String, Object> body =
              UserClient.transfer(wallets.get(source), wallets.get(target), amount);
          yield CURRENCIES.get(source).equals(CURRENCIES.get(target))
              ? body
              : UserClient.with(body, "targetAmount", amount(target, targetMinor).toPlainString());
        }
      };
    }

    void apply(BigDecimal[] balances, int sign) {
      if (!type.equals("INCOME")) {
        balances[source] =
            balances[source].subtract(amount(source, minor).multiply(BigDecimal.valueOf(sign)));
      }
      if (!type.equals("EXPENSE")) {
        long arrived =
            type.equals("TRANSFER") && !CURRENCIES.get(source).equals(CURRENCIES.get(target))
                ? targetMinor
                : minor;
        balances[target] =
            balances[target].add(amount(target, arrived).multiply(BigDecimal.valueOf(sign)));
      }
    }

    private static BigDecimal amount(int wallet, long minor) {
      int scale = Currency.getInstance(CURRENCIES.get(wallet)).getDefaultFractionDigits();
      return BigDecimal.valueOf(minor, scale);
    }
  }

  @Provide
  Arbitrary<List<Op>> operations() {
    Arbitrary<Integer> wallet = Arbitraries.integers().between(0, CURRENCIES.size() - 1);
    Arbitrary<Long> minor = Arbitraries.longs().between(1, 1_000_000_000L);
    Arbitrary<Move> move =
        Combinators.combine(
                Arbitraries.of("INCOME", "EXPENSE", "TRANSFER"), wallet, wallet, minor, minor)
            .as(
                (type, source, target, amount, arrived) ->
                    new Move(
                        type,
                        source,
                        source.equals(target) ? (target + 1) % CURRENCIES.size() : target,
                        amount,
                        arrived));
    Arbitrary<Integer> which = Arbitraries.integers().between(0, 1000);
    Arbitrary<Op> op =
        Arbitraries.frequencyOf(
            Tuple.of(5, move.map(Create::new)),
            Tuple.of(3, Combinators.combine(which, move).as(Edit::new)),
            Tuple.of(2, which.map(Delete::new)));
    return op.list().ofMinSize(1).ofMaxSize(30);
  }

  @Property(tries = 20)
  void balanceIsOpeningPlusInMinusOut(@ForAll("operations") List<Op> ops) {
    UserClient user = new UserClient(api);
    List<String> wallets = new ArrayList<>();
    BigDecimal[] expected = new BigDecimal[CURRENCIES.size()];
    for (int i = 0; i < CURRENCIES.size(); i++) {
      wallets.add(user.wallet(CURRENCIES.get(i), OPENING.get(i)));
      expected[i] = new BigDecimal(OPENING.get(i));
    }
    List<String> ids = new ArrayList<>();
    Map<String, Move> live = new HashMap<>();
    for (Op op : ops) {
      if (op instanceof Create create) {
        Api.Response response = user.post("/api/v1/transactions", create.move().body(wallets));
        assertThat(response.status()).as(response.text()).isEqualTo(201);
        String id = response.json().get("id").asString();
        ids.add(id);
        live.put(id, create.move());
        create.move().apply(expected, 1);
      } else if (op instanceof Edit edit && !ids.isEmpty()) {
        String id = ids.get(edit.which() % ids.size());
        Api.Response response = user.put("/api/v1/transactions/" + id, edit.move().body(wallets));
        Move replaced = live.get(id);
        assertThat(response.status()).as(response.text()).isEqualTo(replaced == null ? 404 : 200);
        if (replaced != null) {
          replaced.apply(expected, -1);
          edit.move().apply(expected, 1);
          live.put(id, edit.move());
        }
      } else if (op instanceof Delete delete && !ids.isEmpty()) {
        String id = ids.get(delete.which() % ids.size());
        Api.Response response = user.delete("/api/v1/transactions/" + id);
        Move removed = live.remove(id);
        assertThat(response.status()).isEqualTo(removed == null ? 404 : 204);
        if (removed != null) {
          removed.apply(expected, -1);
        }
      }
    }
    for (int i = 0; i < wallets.size(); i++) {
      assertThat(new BigDecimal(user.balance(wallets.get(i))))
          .as("wallet %d (%s)", i, CURRENCIES.get(i))
          .isEqualByComparingTo(expected[i]);
    }
    assertThat(Balances.mismatches(jdbc, wallets.stream().map(UUID::fromString).toList()))
        .isEmpty();
  }
}
