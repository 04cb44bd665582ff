package com.spendwise.transaction;

import static org.assertj.core.api.Assertions.assertThat;

import com.spendwise.support.Api;
import com.spendwise.support.ApiTest;
import com.spendwise.support.Balances;
import com.spendwise.support.ReportTotals;
import com.spendwise.support.UserClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A storm of creates, edits, deletes and transfers in both directions across a few wallets of two
 * currencies, from many threads at once. Afterwards every balance must equal the value recomputed
 * from the transactions, and no request may have failed on the server's side.
 */
class LedgerConcurrencyTest extends ApiTest {

  private static final Logger log = LoggerFactory.getLogger(LedgerConcurrencyTest.class);
  private static final int THREADS = 8;
  private static final int OPERATIONS_PER_THREAD = 500;

  @Test
  void balancesEqualTheirTransactionsAfterAStorm() throws Exception {
    UserClient user = new UserClient(api());
    List<String> wallets =
        List.of(
            user.wallet("VND", "1000000"),
            user.wallet("VND", "0"),
            user.wallet("USD", "100.00"),
            user.wallet("USD", "0"));
    Map<String, String> currency =
        Map.of(
            wallets.get(0),
            "VND",
            wallets.get(1),
            "VND",
            wallets.get(2),
            "USD",
            wallets.get(3),
            "USD");
    List<String> recorded = new CopyOnWriteArrayList<>();
    Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
    long seed = new Random().nextLong();
    log.info("Storm seed {}", seed);

    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<?>> runs = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        Random random = new Random(seed + t);
        runs.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < OPERATIONS_PER_THREAD; i++) {
                    Api.Response response = step(user, random, wallets, currency, recorded);
                    statuses.merge(response.status(), 1, Integer::sum);
                    if (response.status() >= 500 || response.status() == 400) {
                      throw new AssertionError(response.status() + ": " + response.text());
                    }
                  }
                  return null;
                }));
      }
      for (Future<?> run : runs) {
        run.get();
      }
    } finally {
      pool.shutdown();
    }

    log.info("Storm statuses {}", statuses);
    // 404: an edit or delete of a transaction another thread had just deleted.
    assertThat(statuses.keySet()).allMatch(status -> status < 300 || status == 404);
    assertThat(Balances.mismatches(jdbc, wallets.stream().map(UUID::fromString).toList()))
        .isEmpty();
    // The reports' daily totals, kept by triggers in each write's transaction, agree too.
    assertThat(ReportTotals.mismatches(jdbc, List.of(user.id()))).isEmpty();
    assertThat(statuses.getOrDefault(201, 0)).isGreaterThan(THREADS * OPERATIONS_PER_THREAD / 3);
  }

  /** One random operation: 50% create, 30% edit, 20% delete. */
  private static Api.Response step(
      UserClient user,
      Random random,
      List<String> wallets,
      Map<String, String> currency,
      List<String> recorded) {
    int dice = random.nextInt(10);
    if (dice < 5 || recorded.isEmpty()) {
      Api.Response created =
          user.post("/api/v1/transactions", randomEntry(random, wallets, currency));
      if (created.status() == 201) {
        recorded.add(created.json().get("id").asString());
      }
      return created;
    }
    String id = recorded.get(random.nextInt(recorded.size()));
    if (dice < 8) {
      return user.put("/api/v1/transactions/" + id, randomEntry(random, wallets, currency));
    }
    return user.delete("/api/v1/transactions/" + id);
  }

  static Map<String, Object> randomEntry(
      Random random, List<String> wallets, Map<String, String> currency) {
    String from = wallets.get(random.nextInt(wallets.size()));
    String to = wallets.get(random.nextInt(wallets.size()));
    String amount = amount(random, currency.get(from));
    return switch (random.nextInt(3)) {
      case 0 -> UserClient.income(to, amount(random, currency.get(to)));
      case 1 -> UserClient.expense(from, amount);
      default -> {
        if (from.equals(to)) {
          to = wallets.get((wallets.indexOf(from) + 1) % wallets.size());
        }
        Map<String, Object> transfer = UserClient.transfer(from, to, amount);
        yield currency.get(from).equals(currency.get(to))
            ? transfer
            : UserClient.with(transfer, "targetAmount", amount(random, currency.get(to)));
      }
    };
  }

  static String amount(Random random, String currency) {
    if (currency.equals("USD")) {
      int cents = 1 + random.nextInt(1_000_000);
      return cents / 100 + "." + String.format("%02d", cents % 100);
    }
    return String.valueOf(1000 * (1 + random.nextInt(5000)));
  }
}
