package com.spendwise.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Supplier;

/** Checks that requests with another user's ids are "not found" and change nothing. */
public final class NotFound {

  private NotFound() {}

  /** Each request is a 404 not-found, and {@code state} reads the same before and after them. */
  @SafeVarargs
  public static void andNothingChanged(Supplier<String> state, Supplier<Api.Response>... requests) {
    String before = state.get();
    for (Supplier<Api.Response> request : requests) {
      Api.Response response = request.get();
      assertThat(response.status()).as(response.text()).isEqualTo(404);
      assertThat(response.json().get("code").asString()).isEqualTo("not-found");
    }
    assertThat(state.get()).isEqualTo(before);
  }
}
