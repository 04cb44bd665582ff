package com.spendwise.exchange;

import com.spendwise.category.Category;
import com.spendwise.exchange.internal.ImportPlan;
import com.spendwise.exchange.internal.ImportPlan.Planned;
import com.spendwise.exchange.internal.ImportRecorder;
import com.spendwise.exchange.internal.JobRepository;
import com.spendwise.exchange.internal.JobRepository.Work;
import com.spendwise.shared.ProblemException;
import com.spendwise.shared.Transactions;
import com.spendwise.transaction.LedgerService;
import com.spendwise.user.UserId;
import com.spendwise.wallet.Wallet;
import com.spendwise.wallet.WalletService;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs import jobs. Any instance may: a worker takes the oldest job nobody holds with {@code FOR
 * UPDATE SKIP LOCKED} and a lease, reads the file again, plans it as the import did (the same keys
 * in the same order), and records it a chunk of {@link LedgerService#MAX_BATCH} rows per database
 * transaction, which commits the transactions, their de-duplication keys and the job's counters
 * together. A worker that dies leaves the job running under a lease that runs out; the next worker
 * goes on from the rows done, so nothing is recorded twice and nothing is lost. A job the ledger
 * refuses (its wallet archived meanwhile, say) fails with that problem and keeps what it recorded
 * before, and says so; a job interrupted {@value #MAX_ATTEMPTS} times fails too, rather than
 * looping.
 */
@Service
public class ImportJobs {

  static final int MAX_ATTEMPTS = 3;
  // A chunk takes well under a second; a worker silent for a minute is taken to be dead.
  static final Duration LEASE = Duration.ofMinutes(1);
  private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

  private final JobRepository jobs;
  private final ImportJobView view;
  private final ImportService imports;
  private final ImportRecorder recorder;
  private final WalletService wallets;
  private final Transactions transactions;
  private final JsonMapper json;
  private final MeterRegistry registry;
  private final Clock clock;
  private volatile boolean stopping;

  ImportJobs(
      JobRepository jobs,
      ImportJobView view,
      ImportService imports,
      ImportRecorder recorder,
      WalletService wallets,
      Transactions transactions,
      JsonMapper json,
      Clock clock,
      MeterRegistry registry) {
    this.registry = registry;
    this.jobs = jobs;
    this.view = view;
    this.imports = imports;
    this.recorder = recorder;
    this.wallets = wallets;
    this.transactions = transactions;
    this.json = json;
    this.clock = clock;
  }

  /** The user's job; another user's is not found. */
  public ImportJob get(UserId user, UUID id) {
    return view.get(user, id);
  }

  /** Runs jobs until none is waiting; returns how many it ran. */
  public int work() {
    int ran = 0;
    while (workOne(Integer.MAX_VALUE)) {
      ran++;
    }
    return ran;
  }

  /**
   * Takes one job and works on it for at most {@code chunks} chunks; a job not finished by then is
   * left as a worker that died leaves it (tests stop here to crash on purpose). Returns whether
   * there was a job to take.
   */
  public boolean workOne(int chunks) {
    UUID owner = UUID.randomUUID();
    Instant now = clock.instant();
    UUID id = transactions.write(() -> jobs.claim(owner, now, now.plus(LEASE)).orElse(null));
    if (id == null) {
      return false;
    }
    Work work = jobs.work(id);
    if (work.job().attempts() > MAX_ATTEMPTS) {
      fail(
          id,
          owner,
          new ImportJob.Problem(
              "import-interrupted",
              "The import stopped "
                  + MAX_ATTEMPTS
                  + " times before it finished; "
                  + work.job().recorded()
                  + " rows were recorded. Importing the file again records only the rest.",
              List.of()));
      return true;
    }
    try {
      run(work, owner, chunks);
    } catch (ProblemException e) {
      fail(id, owner, new ImportJob.Problem(e.code(), e.getMessage(), e.fieldProblems()));
    } catch (LostLease e) {
      log.info("Import job {} was taken over by another worker", id);
    }
    return true;
  }

  private void run(Work work, UUID owner, int chunks) {
    JobRepository.JobRow job = work.job();
    UserId user = job.user();
    Wallet wallet = wallets.get(user, job.wallet());
    Map<String, Category> known = new HashMap<>();
    ImportPlan plan =
        recorder.plan(
            user,
            wallet,
            imports.read(user, wallet, job.format(), work.content(), work.mapping()),
            work.createCategories(),
            known);
    if (!plan.toCreate().isEmpty()) {
      transactions.write(
          () -> {
            hold(job.id(), owner);
            jobs.categoriesCreated(job.id(), recorder.createCategories(user, plan, known));
            return null;
          });
    }
    List<Planned> planned = plan.planned();
    int next = job.rowsDone() - job.skipped();
    for (int chunk = 0; next < planned.size(); chunk++) {
      if (chunk == chunks) {
        return;
      }
      if (stopping) {
        // Shutting down: hand the job back at once rather than after its lease.
        transactions.write(() -> jobs.release(job.id(), owner));
        return;
      }
      int from = next;
      List<Planned> rows =
          planned.subList(from, Math.min(planned.size(), from + LedgerService.MAX_BATCH));
      next =
          transactions.write(
              () -> {
                if (hold(job.id(), owner) - job.skipped() != from) {
                  throw new LostLease();
                }
                Set<String> recorded = recorder.recordChunk(user, wallet, rows, known);
                int fresh = (int) rows.stream().map(Planned::key).filter(recorded::remove).count();
                jobs.advance(
                    job.id(), rows.size(), fresh, rows.size() - fresh, clock.instant().plus(LEASE));
                return from + rows.size();
              });
    }
    String skipped = json.writeValueAsString(ImportResults.skippedRows(plan, wallet));
    if (!transactions.write(() -> jobs.finish(job.id(), owner, "DONE", skipped, null))) {
      throw new LostLease();
    }
  }

  /**
   * Makes running work stop after its current chunk and hand its job back (the service is shutting
   * down); another instance, or this one after a restart, goes on with it.
   */
  public void stop() {
    stopping = true;
  }

  private int hold(UUID id, UUID owner) {
    return jobs.hold(id, owner).orElseThrow(LostLease::new);
  }

  private void fail(UUID id, UUID owner, ImportJob.Problem problem) {
    String text = json.writeValueAsString(problem);
    transactions.write(() -> jobs.finish(id, owner, "FAILED", null, text));
    // "interrupted": the job kept stopping before it finished, which operators must look at; the
    // others were refused for what the file or the account holds, which the person sees.
    registry
        .counter(
            "spendwise.imports.failed",
            "reason",
            problem.code().equals("import-interrupted") ? "interrupted" : "refused")
        .increment();
  }

  /** Another worker took the job over (this one was too slow to keep its lease). */
  private static final class LostLease extends RuntimeException {
    LostLease() {
      super(null, null, false, false);
    }
  }
}
