package com.spendwise.exchange.web;

import com.spendwise.exchange.ImportJob;
import com.spendwise.exchange.ImportJobs;
import com.spendwise.exchange.ImportMapping;
import com.spendwise.exchange.ImportService;
import com.spendwise.exchange.SavedMappings;
import com.spendwise.exchange.web.ImportResponses.ImportJobResponse;
import com.spendwise.exchange.web.ImportResponses.ImportResultResponse;
import com.spendwise.shared.ProblemException;
import com.spendwise.user.CurrentUser;
import com.spendwise.user.UserId;
import com.spendwise.wallet.WalletId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

@RestController
@Tag(name = "Import and export", description = "Your data in and out")
class ImportController {

  static final String PATH = "/api/v1/imports";

  private final ImportService imports;
  private final JsonMapper json;
  private final SavedMappings saved;
  private final ImportJobs jobs;

  ImportController(ImportService imports, JsonMapper json, SavedMappings saved, ImportJobs jobs) {
    this.imports = imports;
    this.json = json;
    this.saved = saved;
    this.jobs = jobs;
  }

  @PostMapping(path = PATH, consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(
      summary = "Import a bank's CSV or OFX statement into a wallet, or preview it (dryRun=true)",
      description =
          "Rows become transactions through the ledger's rules, in one database transaction;"
              + " rows the wallet recorded before are skipped as duplicates. A row with a problem"
              + " refuses the whole file (422, each problem named by its line) unless"
              + " skipInvalid=true, which records the others and reports it. A file of 5,000"
              + " rows or more (spendwise.imports.job-rows) is checked the same way, then"
              + " imported in the background: 202 with the job (Location: its URL), whose state"
              + " and rows done GET /api/v1/imports/{id} shows, and its result once DONE.")
  @ApiResponse(
      responseCode = "200",
      description = "The preview (dryRun=true): what each row would become; nothing written.",
      content = @Content(schema = @Schema(implementation = ImportResultResponse.class)))
  @ApiResponse(
      responseCode = "201",
      description = "Imported: the counts, and the rows skipped for their problems.",
      content = @Content(schema = @Schema(implementation = ImportResultResponse.class)))
  @ApiResponse(
      responseCode = "202",
      description = "A large file: imported in the background by this job (Location: its URL).",
      content = @Content(schema = @Schema(implementation = ImportJobResponse.class)))
  ResponseEntity<Object> importStatement(
      @CurrentUser UserId user,
      @RequestPart("file") MultipartFile file,
      @RequestParam UUID walletId,
      @Parameter(
              description =
                  "csv (default), ofx (1.x SGML, 2.x XML, or an XML header over an SGML body) or"
                      + " qfx (Quicken's OFX)")
          @RequestParam(defaultValue = "csv")
          String format,
      @Parameter(
              description =
                  "CSV only. JSON: date, amount or debit+credit, note, category, externalId"
                      + " (column headers); dateFormat, decimalSeparator, encoding, delimiter")
          @RequestParam(required = false)
          String mapping,
      @Parameter(description = "CSV only, instead of mapping: a saved mapping's id")
          @RequestParam(required = false)
          UUID mappingId,
      @Parameter(
              description =
                  "OFX only: the account (ACCTID) of a file holding several; once imported, the"
                      + " wallet remembers it for the next file")
          @RequestParam(required = false)
          String account,
      @RequestParam(defaultValue = "false") boolean dryRun,
      @RequestParam(defaultValue = "false") boolean skipInvalid,
      @RequestParam(defaultValue = "false") boolean createCategories)
      throws IOException {
    ImportService.Options options =
        new ImportService.Options(dryRun, skipInvalid, createCategories);
    ImportService.Outcome outcome =
        switch (format) {
          case "ofx", "qfx" ->
              imports.importOfx(user, new WalletId(walletId), file.getBytes(), options, account);
          case "csv" ->
              imports.importCsv(
                  user,
                  new WalletId(walletId),
                  file.getBytes(),
                  mappingId != null ? saved.get(user, mappingId).mapping() : mapping(mapping),
                  options);
          default ->
              throw ProblemException.invalidField(
                  "format", "unsupported", "Must be csv, ofx or qfx.");
        };
    if (outcome instanceof ImportJob job) {
      return ResponseEntity.accepted()
          .location(URI.create(PATH + "/" + job.id()))
          .body(ImportJobResponse.of(job));
    }
    return ResponseEntity.status(dryRun ? HttpStatus.OK : HttpStatus.CREATED)
        .body(ImportResultResponse.of((ImportService.Result) outcome));
  }

  @GetMapping(PATH + "/{id}")
  @Operation(
      summary = "An import running in the background: state, rows done of the file's rows, result",
      description =
          "state is QUEUED, RUNNING, DONE or FAILED. A finished job has its result as a direct"
              + " import reports it; a FAILED one also has the problem, and its result counts what"
              + " it recorded before (a chunk commits whole, so nothing is half-recorded).")
  ImportJobResponse job(@CurrentUser UserId user, @PathVariable UUID id) {
    return ImportJobResponse.of(jobs.get(user, id));
  }

  private ImportMapping mapping(String mapping) {
    if (mapping == null || mapping.isBlank()) {
      throw ProblemException.invalidField(
          "mapping", "required", "A CSV import needs a mapping of its columns.");
    }
    try {
      return json.readValue(mapping, ImportMapping.class);
    } catch (JacksonException e) {
      throw ProblemException.invalidField(
          "mapping", "invalid-format", "Must be a JSON object of the mapping's fields.");
    }
  }
}
