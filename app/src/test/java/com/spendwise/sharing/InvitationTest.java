package com.spendwise.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import com.spendwise.support.Api;
import com.spendwise.support.ApiTest;
import com.spendwise.support.Households;
import com.spendwise.support.UserClient;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Invitations are used once, only by their email, within seven days. */
class InvitationTest extends ApiTest {

  private UserClient owner;
  private String ledger;

  @BeforeEach
  void aHousehold() {
    owner = new UserClient(api());
    ledger = Households.create(owner, "Nhà mình");
  }

  @Test
  void aTokenWorksOnceAndOnlyForItsEmail() {
    UserClient lan = new UserClient(api());
    UserClient other = new UserClient(api());
    String token = Households.invite(owner, ledger, lan.email(), "EDITOR");

    Api.Response wrongPerson = other.post("/api/v1/invitations/accept", Map.of("token", token));
    assertThat(wrongPerson.status()).isEqualTo(403);
    assertThat(wrongPerson.json().get("code").asString()).isEqualTo("invitation-for-another-email");
    assertThat(other.get("/api/v1/ledgers").json().get("items").size()).isEqualTo(1);

    assertThat(lan.post("/api/v1/invitations/accept", Map.of("token", token)).status())
        .isEqualTo(200);
    Api.Response again = lan.post("/api/v1/invitations/accept", Map.of("token", token));
    assertThat(again.status()).isEqualTo(410);
    assertThat(again.json().get("code").asString()).isEqualTo("invitation-used");
    assertThat(lan.post("/api/v1/invitations/accept", Map.of("token", "forged")).status())
        .isEqualTo(404);
    assertThat(lan.get("/api/v1/ledgers").json().get("items").get(1).get("role").asString())
        .isEqualTo("EDITOR");
  }

  @Test
  void anInvitationExpiresAfterSevenDays() {
    UserClient lan = new UserClient(api());
    String token = Households.invite(owner, ledger, lan.email(), "VIEWER");
    Instant before = clock.instant();
    try {
      clock.advance(Duration.ofDays(7).plusMinutes(1));
      lan.signIn();
      Api.Response late = lan.post("/api/v1/invitations/accept", Map.of("token", token));
      assertThat(late.status()).isEqualTo(410);
      assertThat(late.json().get("code").asString()).isEqualTo("invitation-expired");
      assertThat(lan.get("/api/v1/invitations").json().get("items").size()).isZero();
    } finally {
      clock.set(before);
    }
  }

  @Test
  void anAddressWithoutAnAccountIsInvitedOnceItRegisters() {
    String email = "newcomer-" + UUID.randomUUID() + "@example.com";
    Households.invite(owner, ledger, email, "EDITOR");
    UserClient newcomer = new UserClient(api(), email);
    assertThat(newcomer.notifications("LEDGER_INVITATION")).hasSize(1);
    Api.Response mine = newcomer.get("/api/v1/invitations");
    assertThat(mine.json().get("items").size()).isEqualTo(1);
    String id = mine.json().get("items").get(0).get("id").asString();
    assertThat(mine.text()).doesNotContain("\"token\":\"");
    Api.Response accepted = newcomer.post("/api/v1/invitations/" + id + "/accept", Map.of());
    assertThat(accepted.status()).as(accepted.text()).isEqualTo(200);
    assertThat(newcomer.in(ledger).get("/api/v1/wallets").status()).isEqualTo(200);
    assertThat(newcomer.post("/api/v1/invitations/" + id + "/accept", Map.of()).status())
        .isEqualTo(410);
  }

  @Test
  void aMemberIsNotifiedAndCanDeclineAndTheOwnerCanRevoke() {
    UserClient lan = new UserClient(api());
    String token = Households.invite(owner, ledger, lan.email(), "EDITOR");
    assertThat(lan.notifications("LEDGER_INVITATION")).hasSize(1);
    assertThat(lan.post("/api/v1/invitations/decline", Map.of("token", token)).status())
        .isEqualTo(204);
    assertThat(lan.post("/api/v1/invitations/accept", Map.of("token", token)).status())
        .isEqualTo(410);

    Households.invite(owner, ledger, lan.email(), "VIEWER");
    Api.Response open = owner.get("/api/v1/ledgers/" + ledger + "/invitations");
    String id = open.json().get("items").get(0).get("id").asString();
    assertThat(owner.delete("/api/v1/ledgers/" + ledger + "/invitations/" + id).status())
        .isEqualTo(204);
    assertThat(lan.get("/api/v1/invitations").json().get("items").size()).isZero();
    assertThat(lan.post("/api/v1/invitations/" + id + "/accept", Map.of()).status()).isEqualTo(410);
    assertThat(lan.get("/api/v1/ledgers").json().get("items").size()).isEqualTo(1);
  }
}
