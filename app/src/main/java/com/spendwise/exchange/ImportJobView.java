package com.spendwise.exchange;

import com.spendwise.exchange.internal.JobRepository;
import com.spendwise.exchange.internal.JobRepository.JobRow;
import com.spendwise.shared.ProblemException;
import com.spendwise.user.UserId;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** A job as its owner sees it. */
@Component
class ImportJobView {

  private final JobRepository jobs;
  private final JsonMapper json;

  ImportJobView(JobRepository jobs, JsonMapper json) {
    this.jobs = jobs;
    this.json = json;
  }

  ImportJob get(UserId user, UUID id) {
    return jobs.find(user, id)
        .map(this::view)
        .orElseThrow(() -> ProblemException.notFound("The import"));
  }

  private ImportJob view(JobRow row) {
    ImportJob.State state = ImportJob.State.valueOf(row.state());
    boolean finished = state == ImportJob.State.DONE || state == ImportJob.State.FAILED;
    ImportService.Result result = null;
    if (finished) {
      List<ImportService.RowResult> skipped =
          row.skippedRows() == null
              ? List.of()
              : json.readValue(row.skippedRows(), new TypeReference<>() {});
      result =
          new ImportService.Result(
              false,
              row.wallet(),
              new ImportService.Summary(
                  row.rowsTotal(),
                  row.recorded(),
                  row.duplicates(),
                  row.skipped(),
                  row.categoriesCreated()),
              skipped);
    }
    return new ImportJob(
        row.id(),
        row.wallet(),
        row.format(),
        state,
        row.rowsTotal(),
        row.rowsDone(),
        result,
        row.problem() == null ? null : json.readValue(row.problem(), ImportJob.Problem.class),
        row.createdAt(),
        row.finishedAt());
  }
}
