package com.spendwise.exchange.web;

import com.spendwise.exchange.Exports;
import com.spendwise.shared.Downloads;
import com.spendwise.shared.ProblemException;
import com.spendwise.transaction.EntryFilterParams;
import com.spendwise.user.CurrentUser;
import com.spendwise.user.UserId;
import com.spendwise.user.UserService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

@RestController
@Tag(name = "Import and export", description = "Your data in and out")
class ExportController {

  static final String PATH = "/api/v1/transactions/export";

  private final Exports exports;
  private final UserService users;
  private final Clock clock;

  ExportController(Exports exports, UserService users, Clock clock) {
    this.exports = exports;
    this.users = users;
    this.clock = clock;
  }

  @GetMapping(path = PATH)
  @Operation(
      summary = "Every transaction matching the list's filters, as a CSV file (streamed)",
      description =
          "RFC 4180, UTF-8, a header row; wallets and category by id and by name, tags by name"
              + " joined with |, amounts as plain decimals at the currency's scale.")
  @ApiResponse(
      responseCode = "200",
      description = "The CSV file (RFC 4180, UTF-8, a header row), streamed",
      content =
          @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")))
  ResponseEntity<StreamingResponseBody> export(
      @CurrentUser UserId user,
      @Parameter(description = "csv (the only format so far)") @RequestParam String format,
      @Parameter(
              description =
                  "true starts the file with a UTF-8 byte-order mark, for Excel on Windows;"
                      + " default false")
          @RequestParam(defaultValue = "false")
          boolean bom,
      @ParameterObject EntryFilterParams filters) {
    if (!format.equals("csv")) {
      throw ProblemException.invalidField("format", "unsupported", "Must be csv.");
    }
    Exports.Body export = exports.transactionsCsv(user, filters.toFilter(), bom);
    return Downloads.file(
        "transactions", users.get(user).today(clock), "csv", Downloads.CSV, export::writeTo);
  }
}
