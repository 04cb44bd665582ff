package com.spendwise.recurring.web;

import com.spendwise.category.CategoryId;
import com.spendwise.recurring.Interval;
import com.spendwise.recurring.RecurringId;
import com.spendwise.recurring.RecurringRule;
import com.spendwise.recurring.RecurringService;
import com.spendwise.recurring.RuleDraft;
import com.spendwise.shared.ETags;
import com.spendwise.shared.IdempotentPosts;
import com.spendwise.shared.Page;
import com.spendwise.shared.PageRequest;
import com.spendwise.transaction.EntryType;
import com.spendwise.transaction.LedgerEntry;
import com.spendwise.user.CurrentUser;
import com.spendwise.user.UserId;
import com.spendwise.wallet.WalletId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = RecurringController.PATH, produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Recurring transactions", description = "Incomes and expenses recorded on a schedule")
class RecurringController {

  static final String PATH = "/api/v1/recurring-transactions";

  private final RecurringService recurring;
  private final IdempotentPosts posts;

  RecurringController(RecurringService recurring, IdempotentPosts posts) {
    this.recurring = recurring;
    this.posts = posts;
  }

  @Schema(name = "RecurringTransactionRequest")
  record RuleRequest(
      @Schema(
              requiredMode = Schema.RequiredMode.REQUIRED,
              allowableValues = {"INCOME", "EXPENSE"})
          EntryType type,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) UUID walletId,
      UUID categoryId,
      @Schema(example = "1500000", requiredMode = Schema.RequiredMode.REQUIRED) BigDecimal amount,
      String note,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Interval interval,
      @Schema(example = "2", description = "Every N intervals; default 1") Integer every,
      @Schema(description = "The first occurrence and the anchor of all others; default today")
          LocalDate startDate,
      @Schema(description = "The last day an occurrence may fall on") LocalDate endDate,
      @Schema(description = "false pauses the rule; default true") Boolean active) {

    RuleDraft draft() {
      return new RuleDraft(
          type,
          walletId == null ? null : new WalletId(walletId),
          categoryId == null ? null : new CategoryId(categoryId),
          amount,
          note,
          interval,
          every,
          startDate,
          endDate,
          active);
    }
  }

  @Schema(name = "RecurringTransaction")
  record RuleResponse(
      UUID id,
      EntryType type,
      @Schema(description = "Null once the wallet was deleted") UUID walletId,
      UUID categoryId,
      String amount,
      String note,
      Interval interval,
      int every,
      LocalDate startDate,
      LocalDate endDate,
      @Schema(description = "The next occurrence to record (read-only)") LocalDate nextDate,
      boolean active,
      Instant createdAt,
      Instant updatedAt,
      @Schema(description = "In a shared ledger, the member who created it; null otherwise")
          UUID createdBy,
      @Schema(description = "In a shared ledger, the member who changed it last; null otherwise")
          UUID updatedBy) {

    static RuleResponse of(RecurringRule r) {
      return new RuleResponse(
          r.id().value(),
          r.type(),
          r.walletId() == null ? null : r.walletId().value(),
          r.categoryId() == null ? null : r.categoryId().value(),
          r.amount().toPlainString(),
          r.note(),
          r.schedule().interval(),
          r.schedule().every(),
          r.schedule().start(),
          r.schedule().end(),
          r.nextDate(),
          r.active(),
          r.createdAt(),
          r.updatedAt(),
          r.actors().createdBy(),
          r.actors().updatedBy());
    }
  }

  @Schema(name = "RecurringRun")
  record RunResponse(
      @Schema(description = "The transaction recorded") UUID transactionId,
      LocalDate date,
      RuleResponse rule) {}

  @Schema(name = "RecurringTransactionPage")
  record RulePage(List<RuleResponse> items, String nextCursor) {}

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Create a recurring rule; honours Idempotency-Key")
  @ApiResponse(
      responseCode = "422",
      description =
          "The account has 1,000 recurring rules already, the most it may have (code `limit-reached`);"
              + " nothing was created.",
      content = @Content(mediaType = "application/problem+json"))
  @ApiResponse(
      responseCode = "201",
      content = @Content(schema = @Schema(implementation = RuleResponse.class)))
  ResponseEntity<?> create(
      @CurrentUser UserId user,
      @RequestHeader(name = IdempotentPosts.HEADER, required = false) String key,
      @RequestBody RuleRequest request) {
    return posts.post(
        user.value(),
        key,
        PATH,
        request,
        () -> {
          RecurringRule rule = recurring.create(user, request.draft());
          return IdempotentPosts.created(
              PATH, rule.id().value(), rule.version(), RuleResponse.of(rule));
        });
  }

  @GetMapping
  @Operation(summary = "The user's recurring rules, newest first")
  RulePage list(
      @CurrentUser UserId user,
      @RequestParam(required = false) Integer limit,
      @RequestParam(required = false) String cursor) {
    Page<RuleResponse> page =
        recurring.list(user, PageRequest.of(limit, cursor)).map(RuleResponse::of);
    return new RulePage(page.items(), page.nextCursor());
  }

  @GetMapping("/{id}")
  @Operation(summary = "One recurring rule")
  ResponseEntity<RuleResponse> get(@CurrentUser UserId user, @PathVariable UUID id) {
    return respond(recurring.get(user, new RecurringId(id)));
  }

  @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "Replace a recurring rule",
      description =
          "A new schedule, or resuming a paused rule, continues from today: occurrences that fell"
              + " due while paused are not recorded.")
  ResponseEntity<RuleResponse> update(
      @CurrentUser UserId user,
      @PathVariable UUID id,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      @RequestBody RuleRequest request) {
    return respond(
        recurring.update(user, new RecurringId(id), request.draft(), ETags.expected(ifMatch)));
  }

  @DeleteMapping("/{id}")
  @Operation(summary = "Delete a recurring rule; its transactions stay")
  ResponseEntity<Void> delete(
      @CurrentUser UserId user,
      @PathVariable UUID id,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
    recurring.delete(user, new RecurringId(id), ETags.expected(ifMatch));
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/{id}/run-now")
  @Operation(
      summary = "Record the next occurrence now; honours Idempotency-Key",
      description =
          "Dated on the occurrence's date if it has come, else today. 409 rule-paused for a paused"
              + " rule; the ledger's 409s (wallet-archived) apply.")
  @ApiResponse(
      responseCode = "201",
      content = @Content(schema = @Schema(implementation = RunResponse.class)))
  ResponseEntity<?> runNow(
      @CurrentUser UserId user,
      @PathVariable UUID id,
      @RequestHeader(name = IdempotentPosts.HEADER, required = false) String key) {
    RecurringId rule = new RecurringId(id);
    return posts.post(
        user.value(),
        key,
        PATH + "/" + id + "/run-now",
        "",
        () -> {
          LedgerEntry entry = recurring.runNow(user, rule);
          return ResponseEntity.status(HttpStatus.CREATED)
              .location(URI.create("/api/v1/transactions/" + entry.id().value()))
              .body(
                  new RunResponse(
                      entry.id().value(),
                      entry.date(),
                      RuleResponse.of(recurring.get(user, rule))));
        });
  }

  @PostMapping("/{id}/skip-next")
  @Operation(summary = "Skip the next occurrence; honours If-Match")
  ResponseEntity<RuleResponse> skipNext(
      @CurrentUser UserId user,
      @PathVariable UUID id,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
    return respond(recurring.skipNext(user, new RecurringId(id), ETags.expected(ifMatch)));
  }

  private static ResponseEntity<RuleResponse> respond(RecurringRule rule) {
    return ETags.ok(rule.version(), RuleResponse.of(rule));
  }
}
