package com.spendwise.transaction.web;

import com.spendwise.shared.ETags;
import com.spendwise.shared.IdempotentPosts;
import com.spendwise.shared.Page;
import com.spendwise.shared.PageRequest;
import com.spendwise.shared.ProblemException;
import com.spendwise.transaction.Contributions;
import com.spendwise.transaction.EntryDraft;
import com.spendwise.transaction.EntryFilter;
import com.spendwise.transaction.EntryFilterParams;
import com.spendwise.transaction.LedgerEntry;
import com.spendwise.transaction.LedgerService;
import com.spendwise.transaction.TransactionId;
import com.spendwise.transaction.web.TransactionPayloads.BatchRequest;
import com.spendwise.transaction.web.TransactionPayloads.BatchResponse;
import com.spendwise.transaction.web.TransactionPayloads.TransactionPage;
import com.spendwise.transaction.web.TransactionPayloads.TransactionRequest;
import com.spendwise.transaction.web.TransactionPayloads.TransactionResponse;
import com.spendwise.user.CurrentUser;
import com.spendwise.user.SignedIn;
import com.spendwise.user.UserId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springdoc.core.annotations.ParameterObject;
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
@RequestMapping(path = TransactionController.PATH, produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Transactions", description = "Income, expenses and transfers between wallets")
class TransactionController {

  static final String PATH = "/api/v1/transactions";

  private final LedgerService ledger;
  private final Contributions contributions;
  private final IdempotentPosts posts;

  TransactionController(LedgerService ledger, Contributions contributions, IdempotentPosts posts) {
    this.ledger = ledger;
    this.contributions = contributions;
    this.posts = posts;
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "Record a transaction; honours Idempotency-Key",
      description =
          "A retry with the same Idempotency-Key and body returns the first response without a"
              + " second write; the same key with another body is 422.")
  @ApiResponse(
      responseCode = "201",
      content = @Content(schema = @Schema(implementation = TransactionResponse.class)))
  @ApiResponse(responseCode = "404", description = "A wallet, category or tag is not the user's")
  @ApiResponse(responseCode = "409", description = "A wallet is archived (wallet-archived)")
  @ApiResponse(responseCode = "422", description = "Idempotency-Key reused for another request")
  ResponseEntity<?> create(
      @CurrentUser UserId user,
      @RequestHeader(name = IdempotentPosts.HEADER, required = false) String key,
      @RequestBody TransactionRequest request) {
    return posts.post(
        user.value(),
        key,
        PATH,
        request,
        () -> {
          LedgerEntry entry = ledger.create(user, request.draft());
          return IdempotentPosts.created(
              PATH, entry.id().value(), entry.version(), TransactionResponse.of(entry));
        });
  }

  @PostMapping(path = "/batch", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "Record up to 1000 transactions at once, all or none; honours Idempotency-Key",
      description = "Each problem names its item: items[3].amount.")
  @ApiResponse(
      responseCode = "201",
      content = @Content(schema = @Schema(implementation = BatchResponse.class)))
  ResponseEntity<?> createBatch(
      @CurrentUser UserId user,
      @RequestHeader(name = IdempotentPosts.HEADER, required = false) String key,
      @RequestBody BatchRequest request) {
    if (request.items() != null && request.items().contains(null)) {
      throw ProblemException.invalidField("items", "invalid", "Must not contain null.");
    }
    return posts.post(
        user.value(),
        key,
        PATH + "/batch",
        request,
        () -> {
          List<EntryDraft> drafts =
              request.items() == null
                  ? null
                  : request.items().stream().map(TransactionRequest::draft).toList();
          List<LedgerEntry> created = ledger.createBatch(user, drafts);
          return ResponseEntity.status(HttpStatus.CREATED)
              .body(new BatchResponse(created.stream().map(TransactionResponse::of).toList()));
        });
  }

  @GetMapping
  @Operation(summary = "The user's transactions, newest first, a page at a time")
  TransactionPage list(
      @CurrentUser UserId user,
      @ParameterObject EntryFilterParams filters,
      @Parameter(description = "Page size, 1 to 200, default 50") @RequestParam(required = false)
          Integer limit,
      @Parameter(description = "nextCursor of the previous page") @RequestParam(required = false)
          String cursor,
      @Parameter(description = "Also count every match (slower)")
          @RequestParam(defaultValue = "false")
          boolean includeTotal) {
    EntryFilter filter = filters.toFilter();
    Page<TransactionResponse> page =
        ledger
            .list(user, filter, PageRequest.of(limit, cursor), includeTotal)
            .map(TransactionResponse::of);
    return new TransactionPage(page.items(), page.nextCursor(), page.total());
  }

  @GetMapping("/{id}")
  @Operation(summary = "One transaction")
  ResponseEntity<TransactionResponse> get(@CurrentUser UserId user, @PathVariable UUID id) {
    return respond(ledger.get(user, new TransactionId(id)));
  }

  @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Replace a transaction; balances follow")
  @ApiResponse(
      responseCode = "200",
      description = "The transaction as replaced, with its new ETag",
      content = @Content(schema = @Schema(implementation = TransactionResponse.class)))
  @ApiResponse(responseCode = "412", description = "If-Match names an older version")
  ResponseEntity<TransactionResponse> update(
      @CurrentUser UserId user,
      @PathVariable UUID id,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      @RequestBody TransactionRequest request) {
    return respond(
        ledger.update(user, new TransactionId(id), request.draft(), ETags.expected(ifMatch)));
  }

  @DeleteMapping("/{id}")
  @Operation(summary = "Delete a transaction; balances follow")
  @ApiResponse(responseCode = "204", description = "Deleted; its wallets' balances changed back")
  @ApiResponse(responseCode = "412", description = "If-Match names an older version")
  @ApiResponse(
      responseCode = "409",
      description =
          "One side of a contribution, without `contribution=both` or `contribution=this-side`"
              + " (code `contribution-pair`); nothing was deleted")
  ResponseEntity<Void> delete(
      @CurrentUser UserId user,
      @SignedIn UserId person,
      @PathVariable UUID id,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      @Parameter(description = "For one side of a contribution: both, or this-side")
          @RequestParam(required = false)
          String contribution) {
    contributions.delete(
        user, person, new TransactionId(id), ETags.expected(ifMatch), pairing(contribution));
    return ResponseEntity.noContent().build();
  }

  static Contributions.Pairing pairing(String contribution) {
    if (contribution == null) {
      return null;
    }
    return switch (contribution) {
      case "both" -> Contributions.Pairing.BOTH;
      case "this-side" -> Contributions.Pairing.THIS_SIDE;
      default ->
          throw ProblemException.invalidField(
              "contribution", "invalid", "Must be both or this-side.");
    };
  }

  private static ResponseEntity<TransactionResponse> respond(LedgerEntry entry) {
    return ETags.ok(entry.version(), TransactionResponse.of(entry));
  }
}
