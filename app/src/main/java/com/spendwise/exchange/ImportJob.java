package com.spendwise.exchange;

import com.spendwise.shared.FieldProblem;
import com.spendwise.wallet.WalletId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An import of a large statement, running in the background: its state, the rows dealt with so far
 * of the file's rows, and once it has finished its result (as a direct import reports it) or, when
 * it failed, its problem and what it had recorded until then.
 */
public record ImportJob(
    UUID id,
    WalletId walletId,
    String format,
    State state,
    int rowsTotal,
    int rowsDone,
    ImportService.Result result,
    Problem problem,
    Instant createdAt,
    Instant finishedAt)
    implements ImportService.Outcome {

  public enum State {
    QUEUED,
    RUNNING,
    DONE,
    FAILED
  }

  /** Why a job failed, as a problem response would say it. */
  public record Problem(String code, String detail, List<FieldProblem> errors) {}

  public boolean finished() {
    return state == State.DONE || state == State.FAILED;
  }
}
