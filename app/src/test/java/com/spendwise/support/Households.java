package com.spendwise.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

/** Shared ledgers made through the API, as people make them. */
public final class Households {

  private Households() {}

  /** {@code owner} creates a shared ledger; its id. */
  public static String create(UserClient owner, String name) {
    Api.Response created = owner.post("/api/v1/ledgers", Map.of("name", name));
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    return created.json().get("id").asString();
  }

  /** {@code owner} invites {@code member}'s email; the invitation's token. */
  public static String invite(UserClient owner, String ledger, String email, String role) {
    Api.Response invited =
        owner.post(
            "/api/v1/ledgers/" + ledger + "/invitations", Map.of("email", email, "role", role));
    assertThat(invited.status()).as(invited.text()).isEqualTo(201);
    return invited.json().get("token").asString();
  }

  /** {@code member} joins {@code ledger} with {@code role}, invited by {@code owner}. */
  public static void join(UserClient owner, String ledger, UserClient member, String role) {
    String token = invite(owner, ledger, member.email(), role);
    Api.Response accepted = member.post("/api/v1/invitations/accept", Map.of("token", token));
    assertThat(accepted.status()).as(accepted.text()).isEqualTo(200);
    assertThat(accepted.json().get("role").asString()).isEqualTo(role);
  }
}
