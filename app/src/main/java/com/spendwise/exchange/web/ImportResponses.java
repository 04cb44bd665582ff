package com.spendwise.exchange.web;

import com.spendwise.exchange.ImportJob;
import com.spendwise.exchange.ImportService;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/** What the import endpoints answer: plain ids and values, like every other answer of the API. */
final class ImportResponses {

  private ImportResponses() {}

  @Schema(name = "ImportResult")
  record ImportResultResponse(
      boolean dryRun,
      String walletId,
      ImportService.Summary summary,
      List<ImportService.RowResult> rows) {

    static ImportResultResponse of(ImportService.Result result) {
      return result == null
          ? null
          : new ImportResultResponse(
              result.dryRun(),
              result.walletId().value().toString(),
              result.summary(),
              result.rows());
    }
  }

  @Schema(name = "ImportJob")
  record ImportJobResponse(
      String id,
      String walletId,
      String format,
      ImportJob.State state,
      int rowsTotal,
      int rowsDone,
      ImportResultResponse result,
      ImportJob.Problem problem,
      Instant createdAt,
      Instant finishedAt) {

    static ImportJobResponse of(ImportJob job) {
      return new ImportJobResponse(
          job.id().toString(),
          job.walletId().value().toString(),
          job.format(),
          job.state(),
          job.rowsTotal(),
          job.rowsDone(),
          ImportResultResponse.of(job.result()),
          job.problem(),
          job.createdAt(),
          job.finishedAt());
    }
  }
}
