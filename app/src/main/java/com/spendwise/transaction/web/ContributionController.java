package com.spendwise.transaction.web;

import com.spendwise.category.CategoryId;
import com.spendwise.shared.IdempotentPosts;
import com.spendwise.transaction.Contributions;
import com.spendwise.transaction.Contributions.Contribution;
import com.spendwise.transaction.web.TransactionPayloads.TransactionResponse;
import com.spendwise.user.SignedIn;
import com.spendwise.user.UserId;
import com.spendwise.wallet.WalletId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** Contributions from the caller's own wallet to a shared ledger's wallet. */
@RestController
@Tag(name = "Transactions")
class ContributionController {

  static final String PATH = "/api/v1/contributions";

  private final Contributions contributions;
  private final IdempotentPosts posts;

  ContributionController(Contributions contributions, IdempotentPosts posts) {
    this.contributions = contributions;
    this.posts = posts;
  }

  @Schema(name = "ContributionRequest")
  record ContributionRequest(
      @Schema(description = "A wallet of the caller's own ledger") UUID fromWalletId,
      @Schema(description = "The shared ledger (editor or owner)") UUID ledgerId,
      @Schema(description = "A wallet of that shared ledger") UUID toWalletId,
      @Schema(type = "string", example = "2000000") BigDecimal amount,
      @Schema(
              type = "string",
              description = "What arrived, in the shared wallet's currency; only when they differ")
          BigDecimal receivedAmount,
      LocalDate date,
      String note,
      @Schema(description = "Optional expense category of the caller's ledger")
          UUID expenseCategoryId,
      @Schema(description = "Optional income category of the shared ledger")
          UUID incomeCategoryId) {

    Contributions.Draft draft() {
      return new Contributions.Draft(
          fromWalletId == null ? null : new WalletId(fromWalletId),
          ledgerId == null ? null : new UserId(ledgerId),
          toWalletId == null ? null : new WalletId(toWalletId),
          amount,
          receivedAmount,
          date,
          note,
          expenseCategoryId == null ? null : new CategoryId(expenseCategoryId),
          incomeCategoryId == null ? null : new CategoryId(incomeCategoryId));
    }
  }

  @Schema(name = "Contribution")
  record ContributionResponse(
      UUID id,
      @Schema(description = "The expense in the caller's own ledger") TransactionResponse expense,
      UUID ledgerId,
      @Schema(description = "The income in the shared ledger") TransactionResponse income) {

    static ContributionResponse of(Contribution c) {
      return new ContributionResponse(
          c.id(),
          TransactionResponse.of(c.expense()),
          c.sharedLedger().value(),
          TransactionResponse.of(c.income()));
    }
  }

  @PostMapping(path = PATH, consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "Contribute to a shared ledger; honours Idempotency-Key",
      description =
          "Records an expense in the caller's own ledger and an income in the shared one, in one"
              + " database transaction. Deleting either side later asks whether to delete both.")
  ResponseEntity<?> contribute(
      @SignedIn UserId person,
      @RequestHeader(name = IdempotentPosts.HEADER, required = false) String key,
      @RequestBody ContributionRequest request) {
    return posts.post(
        person.value(),
        key,
        PATH,
        request,
        () -> {
          Contribution c = contributions.contribute(person, request.draft());
          return ResponseEntity.status(HttpStatus.CREATED)
              .location(URI.create("/api/v1/transactions/" + c.expense().id().value()))
              .body(ContributionResponse.of(c));
        });
  }
}
