package com.spendwise.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import com.spendwise.support.Api;
import com.spendwise.support.ApiTest;
import com.spendwise.support.Balances;
import com.spendwise.support.Statements;
import com.spendwise.support.UserClient;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Large statements import as jobs: 202 and a job resource, progress, the result, and a job that a
 * dead worker left behind taken over without recording anything twice. The tests run the workers
 * themselves (the background runner is off in tests), so a "crash" is a worker that stops after a
 * few chunks without finishing or handing the job back, as a killed process does.
 */
class ImportJobTest extends ApiTest {

  @Autowired ImportJobs jobs;
  private Instant started;

  @BeforeEach
  void noJobWaitsFromAnotherTest() {
    started = clock.instant();
    jobs.work();
  }

  @AfterEach
  void resetClock() {
    clock.set(started);
  }

  private Api.Response upload(UserClient user, String wallet, byte[] file, String... flags) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("walletId", wallet);
    fields.put("mapping", Statements.MAPPING);
    for (String flag : flags) {
      fields.put(flag, "true");
    }
    return api().upload("/api/v1/imports", user.token(), fields, file);
  }

  private static JsonNode job(UserClient user, String id) {
    Api.Response response = user.get("/api/v1/imports/" + id);
    assertThat(response.status()).as(response.text()).isEqualTo(200);
    return response.json();
  }

  private long transactions(String wallet) {
    return jdbc.sql("SELECT count(*) FROM transactions WHERE source_wallet_id = ?")
        .param(UUID.fromString(wallet))
        .query(Long.class)
        .single();
  }

  @Test
  void aLargeFileIsImportedByAJobThatShowsItsProgressAndResult() {
    UserClient user = new UserClient(api());
    String wallet = user.wallet("VND", "0");
    byte[] file =
        Statements.csv(
            5200, "2026-12-24,-30000,coffee", "2026-12-24,-30000,coffee", "31/02/2026,-5,bad");

    Api.Response accepted = upload(user, wallet, file, "skipInvalid");

    assertThat(accepted.status()).as(accepted.text()).isEqualTo(202);
    String id = accepted.json().get("id").asString();
    assertThat(accepted.header("Location")).isEqualTo("/api/v1/imports/" + id);
    assertThat(accepted.json().get("state").asString()).isEqualTo("QUEUED");
    assertThat(accepted.json().get("walletId").asString()).isEqualTo(wallet);
    assertThat(accepted.json().get("rowsTotal").asInt()).isEqualTo(5203);
    assertThat(accepted.json().get("rowsDone").asInt()).as("the row skipped").isEqualTo(1);
    assertThat(accepted.json().get("result").isNull()).isTrue();

    assertThat(jobs.work()).isEqualTo(1);

    JsonNode done = job(user, id);
    assertThat(done.get("state").asString()).isEqualTo("DONE");
    assertThat(done.get("rowsDone").asInt()).isEqualTo(5203);
    JsonNode summary = done.get("result").get("summary");
    assertThat(summary.get("recorded").asInt()).as("both coffees").isEqualTo(5202);
    assertThat(summary.get("duplicates").asInt()).isZero();
    assertThat(summary.get("invalid").asInt()).isEqualTo(1);
    assertThat(done.get("result").get("rows").get(0).get("line").asInt()).isEqualTo(5204);
    assertThat(done.get("result").get("rows").get(0).get("status").asString()).isEqualTo("SKIPPED");
    assertThat(transactions(wallet)).isEqualTo(5202);
    assertThat(Balances.mismatches(jdbc, List.of(UUID.fromString(wallet)))).isEmpty();

    // The same file again: a job that records nothing and counts every row as a duplicate.
    String again = upload(user, wallet, file, "skipInvalid").json().get("id").asString();
    jobs.work();
    assertThat(job(user, again).get("result").get("summary").get("duplicates").asInt())
        .isEqualTo(5202);
    assertThat(transactions(wallet)).isEqualTo(5202);
  }

  @Test
  void aJobLeftBehindByAWorkerThatDiedIsTakenOverAndRecordsNothingTwice() {
    UserClient user = new UserClient(api());
    String wallet = user.wallet("VND", "0");
    String id = upload(user, wallet, Statements.csv(5500)).json().get("id").asString();

    assertThat(jobs.workOne(2)).isTrue();
    JsonNode halfway = job(user, id);
    assertThat(halfway.get("state").asString()).isEqualTo("RUNNING");
    assertThat(halfway.get("rowsDone").asInt()).isEqualTo(2000);
    assertThat(transactions(wallet)).as("two chunks committed").isEqualTo(2000);
    assertThat(jobs.work()).as("its lease still holds").isZero();

    clock.advance(ImportJobs.LEASE.plus(Duration.ofSeconds(1)));
    assertThat(jobs.work()).isEqualTo(1);

    JsonNode done = job(user, id);
    assertThat(done.get("state").asString()).isEqualTo("DONE");
    assertThat(done.get("result").get("summary").get("recorded").asInt()).isEqualTo(5500);
    assertThat(transactions(wallet)).isEqualTo(5500);
    assertThat(
            jdbc.sql("SELECT count(DISTINCT note) FROM transactions WHERE source_wallet_id = ?")
                .param(UUID.fromString(wallet))
                .query(Long.class)
                .single())
        .isEqualTo(5500);
    assertThat(Balances.mismatches(jdbc, List.of(UUID.fromString(wallet)))).isEmpty();
  }

  @Test
  void aJobInterruptedAgainAndAgainFailsClearlyInsteadOfLooping() {
    UserClient user = new UserClient(api());
    String wallet = user.wallet("VND", "0");
    String id = upload(user, wallet, Statements.csv(5000)).json().get("id").asString();

    for (int attempt = 1; attempt <= ImportJobs.MAX_ATTEMPTS; attempt++) {
      assertThat(jobs.workOne(1)).isTrue();
      clock.advance(ImportJobs.LEASE.plus(Duration.ofSeconds(1)));
    }
    assertThat(jobs.workOne(1)).isTrue();

    JsonNode failed = job(user, id);
    assertThat(failed.get("state").asString()).isEqualTo("FAILED");
    assertThat(failed.get("problem").get("code").asString()).isEqualTo("import-interrupted");
    assertThat(failed.get("result").get("summary").get("recorded").asInt()).isEqualTo(3000);
    assertThat(transactions(wallet)).isEqualTo(3000);
    assertThat(jobs.work()).as("a failed job is not taken again").isZero();
  }

  @Test
  void aJobTheLedgerRefusesMidwayFailsWithTheProblemAndKeepsWhatItRecorded() {
    UserClient user = new UserClient(api());
    String wallet = user.wallet("VND", "0");
    String id = upload(user, wallet, Statements.csv(5000)).json().get("id").asString();
    jobs.workOne(1);
    Api.Response archived =
        user.put(
            "/api/v1/wallets/" + wallet,
            Map.of("name", "Bank", "currency", "VND", "openingBalance", "0", "archived", true));
    assertThat(archived.status()).as(archived.text()).isEqualTo(200);

    clock.advance(ImportJobs.LEASE.plus(Duration.ofSeconds(1)));
    jobs.work();

    JsonNode failed = job(user, id);
    assertThat(failed.get("state").asString()).isEqualTo("FAILED");
    assertThat(failed.get("problem").get("code").asString()).isEqualTo("wallet-archived");
    assertThat(failed.get("result").get("summary").get("recorded").asInt()).isEqualTo(1000);
    assertThat(transactions(wallet)).isEqualTo(1000);
    assertThat(Balances.mismatches(jdbc, List.of(UUID.fromString(wallet)))).isEmpty();
  }

  @Test
  void aLargeFileWithProblemsIsRefusedWholeBeforeAnyJobExists() {
    UserClient user = new UserClient(api());
    String wallet = user.wallet("VND", "0");

    Api.Response refused = upload(user, wallet, Statements.csv(5000, "2026-13-01,-5,bad"));

    assertThat(refused.status()).as(refused.text()).isEqualTo(422);
    assertThat(refused.json().get("code").asString()).isEqualTo("invalid-rows");
    assertThat(
            jdbc.sql("SELECT count(*) FROM import_jobs WHERE wallet_id = ?")
                .param(UUID.fromString(wallet))
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void finishedJobsAreKeptForThirtyDays() {
    UserClient user = new UserClient(api());
    String wallet = user.wallet("VND", "0");
    String old = upload(user, wallet, Statements.csv(5000)).json().get("id").asString();
    jobs.work();
    String recent = upload(user, wallet, Statements.csv(5001)).json().get("id").asString();
    jobs.work();
    jdbc.sql("UPDATE import_jobs SET finished_at = now() - interval '31 days' WHERE id = ?")
        .param(UUID.fromString(old))
        .update();
    jdbc.sql("UPDATE import_jobs SET finished_at = now() - interval '29 days' WHERE id = ?")
        .param(UUID.fromString(recent))
        .update();

    upload(user, wallet, Statements.csv(5002));
    jobs.work();

    assertThat(user.get("/api/v1/imports/" + old).status()).isEqualTo(404);
    assertThat(job(user, recent).get("state").asString()).isEqualTo("DONE");
  }

  @Test
  void anotherUsersJobIsNotFound() {
    UserClient owner = new UserClient(api());
    String id =
        upload(owner, owner.wallet("VND", "0"), Statements.csv(5000)).json().get("id").asString();
    UserClient other = new UserClient(api());

    assertThat(other.get("/api/v1/imports/" + id).status()).isEqualTo(404);
    assertThat(other.get("/api/v1/imports/" + UUID.randomUUID()).status()).isEqualTo(404);
    jobs.work();
  }
}
