package com.spendwise.transaction.web;

import com.spendwise.category.CategoryId;
import com.spendwise.tag.TagId;
import com.spendwise.transaction.EntryDraft;
import com.spendwise.transaction.EntryField;
import com.spendwise.transaction.EntryRevisions;
import com.spendwise.transaction.EntryType;
import com.spendwise.transaction.LedgerEntry;
import com.spendwise.transaction.LedgerService;
import com.spendwise.wallet.WalletId;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** The JSON the transaction endpoints take and give. */
final class TransactionPayloads {

  private TransactionPayloads() {}

  @Schema(name = "TransactionRequest")
  record TransactionRequest(
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) EntryType type,
      @Schema(
              type = "string",
              example = "125000",
              requiredMode = Schema.RequiredMode.REQUIRED,
              description = "Decimal string in the source wallet's currency (target's for INCOME)")
          BigDecimal amount,
      @Schema(description = "Required for EXPENSE and TRANSFER") UUID sourceWalletId,
      @Schema(description = "Required for INCOME and TRANSFER") UUID targetWalletId,
      @Schema(
              type = "string",
              example = "4.95",
              description = "What arrived, for a TRANSFER between wallets of different currencies")
          BigDecimal targetAmount,
      @Schema(description = "A category of the same type") UUID categoryId,
      @Schema(example = "2026-11-26", requiredMode = Schema.RequiredMode.REQUIRED) LocalDate date,
      @Schema(example = "Lunch", maxLength = EntryDraft.MAX_NOTE) String note,
      List<UUID> tagIds) {

    EntryDraft draft() {
      return new EntryDraft(
          type,
          amount,
          sourceWalletId == null ? null : new WalletId(sourceWalletId),
          targetWalletId == null ? null : new WalletId(targetWalletId),
          targetAmount,
          categoryId == null ? null : new CategoryId(categoryId),
          date,
          note,
          tagIds == null
              ? null
              : tagIds.stream().map(id -> id == null ? null : new TagId(id)).toList());
    }
  }

  @Schema(name = "TransactionBatchRequest")
  record BatchRequest(
      @Schema(description = "1 to " + LedgerService.MAX_BATCH + " transactions")
          List<TransactionRequest> items) {}

  @Schema(name = "Transaction")
  record TransactionResponse(
      UUID id,
      EntryType type,
      @Schema(example = "125000") String amount,
      UUID sourceWalletId,
      UUID targetWalletId,
      @Schema(example = "4.95") String targetAmount,
      UUID categoryId,
      LocalDate date,
      String note,
      List<UUID> tagIds,
      @Schema(description = "The recurring rule that produced this transaction, if any")
          UUID recurringTransactionId,
      @Schema(description = "Recorded from an imported statement") boolean imported,
      @Schema(description = "false while it waits in the review inbox") boolean reviewed,
      @Schema(
              description =
                  "Fields a person chose (CATEGORY, TAGS, NOTE): no rule changes them afterwards")
          List<EntryField> personFields,
      @Schema(description = "Each field a rule set, with the id of that rule")
          Map<EntryField, UUID> ruleFields,
      Instant createdAt,
      Instant updatedAt,
      @Schema(
              description =
                  "In a shared ledger, the member who recorded it; null in a personal ledger, for"
                      + " a recurring rule's, and for a former member's")
          UUID createdBy,
      @Schema(description = "In a shared ledger, the member who changed it last; null as above")
          UUID updatedBy,
      @Schema(
              description =
                  "The contribution (personal expense + shared income) it is one side of, if any")
          UUID contributionId) {

    static TransactionResponse of(LedgerEntry e) {
      return new TransactionResponse(
          e.id().value(),
          e.type(),
          e.amount().toPlainString(),
          e.sourceWalletId() == null ? null : e.sourceWalletId().value(),
          e.targetWalletId() == null ? null : e.targetWalletId().value(),
          e.targetAmount() == null ? null : e.targetAmount().toPlainString(),
          e.categoryId() == null ? null : e.categoryId().value(),
          e.date(),
          e.note(),
          e.tagIds().stream().map(TagId::value).toList(),
          e.recurringTransactionId(),
          e.marks().imported(),
          e.marks().reviewed(),
          e.marks().byPerson().stream().sorted().toList(),
          new TreeMap<>(e.marks().byRule()),
          e.createdAt(),
          e.updatedAt(),
          e.actors().createdBy(),
          e.actors().updatedBy(),
          e.actors().contributionId());
    }
  }

  @Schema(name = "TransactionPage")
  record TransactionPage(
      List<TransactionResponse> items,
      String nextCursor,
      @Schema(description = "Number of matches; only with includeTotal=true") Long total) {}

  @Schema(name = "ReviewRequest")
  record ReviewRequest(
      @Schema(description = "1 to " + EntryRevisions.MAX_CHUNK + " transactions to confirm")
          List<UUID> ids) {}

  @Schema(name = "ReviewResult")
  record ReviewResult(
      @Schema(description = "How many were waiting and are now reviewed") int confirmed) {}

  @Schema(name = "TransactionBatch")
  record BatchResponse(List<TransactionResponse> items) {}
}
