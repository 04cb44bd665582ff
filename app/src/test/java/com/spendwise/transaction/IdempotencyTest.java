package com.spendwise.transaction;

import static com.spendwise.support.UserClient.expense;
import static org.assertj.core.api.Assertions.assertThat;

import com.spendwise.support.Api;
import com.spendwise.support.ApiTest;
import com.spendwise.support.UserClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class IdempotencyTest extends ApiTest {

  @Test
  void retryWithTheSameKeyReturnsTheOriginalResponseWithoutWriting() {
    UserClient user = new UserClient(api());
    String a = user.wallet("VND", "0");
    Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());

    Api.Response first = user.post("/api/v1/transactions", expense(a, "10"), key);
    Api.Response retry = user.post("/api/v1/transactions", expense(a, "10"), key);

    assertThat(first.status()).isEqualTo(201);
    assertThat(retry.status()).isEqualTo(201);
    assertThat(retry.text()).isEqualTo(first.text());
    assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
    assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(user.balance(a)).isEqualTo("-10");
  }

  @Test
  void sameKeyWithAnotherBodyIs422() {
    UserClient user = new UserClient(api());
    String a = user.wallet("VND", "0");
    Map<String, String> key = Map.of("Idempotency-Key", "k-1");

    user.post("/api/v1/transactions", expense(a, "10"), key);
    Api.Response other = user.post("/api/v1/transactions", expense(a, "11"), key);

    assertThat(other.status()).isEqualTo(422);
    assertThat(other.json().get("code").asString()).isEqualTo("idempotency-key-reused");
    assertThat(user.balance(a)).isEqualTo("-10");
  }

  @Test
  void keysAreScopedToTheUser() {
    UserClient lan = new UserClient(api());
    UserClient minh = new UserClient(api());
    String lanWallet = lan.wallet("VND", "0");
    String minhWallet = minh.wallet("VND", "0");
    Map<String, String> key = Map.of("Idempotency-Key", "shared-key");

    assertThat(lan.post("/api/v1/transactions", expense(lanWallet, "10"), key).status())
        .isEqualTo(201);
    assertThat(minh.post("/api/v1/transactions", expense(minhWallet, "10"), key).status())
        .isEqualTo(201);
    assertThat(minh.balance(minhWallet)).isEqualTo("-10");
  }

  @Test
  void aRefusedRequestDoesNotUseUpItsKey() {
    UserClient user = new UserClient(api());
    String a = user.wallet("USD", "0");
    Map<String, String> key = Map.of("Idempotency-Key", "k-2");

    Api.Response refused = user.post("/api/v1/transactions", expense(a, "1.001"), key);
    Api.Response accepted = user.post("/api/v1/transactions", expense(a, "1.00"), key);

    assertThat(refused.status()).isEqualTo(400);
    assertThat(accepted.status()).isEqualTo(201);
  }

  @Test
  void concurrentDuplicatesCreateExactlyOneTransaction() throws Exception {
    UserClient user = new UserClient(api());
    String a = user.wallet("VND", "0");
    Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<Api.Response>> calls = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        calls.add(() -> user.post("/api/v1/transactions", expense(a, "10"), key));
      }
      List<String> bodies = new ArrayList<>();
      for (Future<Api.Response> result : pool.invokeAll(calls)) {
        assertThat(result.get().status()).isEqualTo(201);
        bodies.add(result.get().text());
      }
      assertThat(bodies).containsOnly(bodies.get(0));
    } finally {
      pool.shutdown();
    }
    assertThat(user.get("/api/v1/transactions").json().get("items").size()).isEqualTo(1);
    assertThat(user.balance(a)).isEqualTo("-10");
  }

  @Test
  void batchHonoursTheKeyToo() {
    UserClient user = new UserClient(api());
    String a = user.wallet("VND", "0");
    Map<String, String> key = Map.of("Idempotency-Key", "batch-1");
    Map<String, Object> body = Map.of("items", List.of(expense(a, "1"), expense(a, "2")));

    Api.Response first = user.post("/api/v1/transactions/batch", body, key);
    Api.Response retry = user.post("/api/v1/transactions/batch", body, key);

    assertThat(first.status()).isEqualTo(201);
    assertThat(retry.text()).isEqualTo(first.text());
    assertThat(user.balance(a)).isEqualTo("-3");
  }

  @Test
  void overlongKeyIsRefused() {
    UserClient user = new UserClient(api());
    String a = user.wallet("VND", "0");

    Api.Response response =
        user.post(
            "/api/v1/transactions", expense(a, "1"), Map.of("Idempotency-Key", "k".repeat(256)));

    assertThat(response.status()).isEqualTo(400);
    assertThat(user.balance(a)).isEqualTo("0");
  }
}
