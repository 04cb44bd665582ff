package com.spendwise.budget.web;

import com.spendwise.budget.Budget;
import com.spendwise.budget.BudgetDraft;
import com.spendwise.budget.BudgetId;
import com.spendwise.budget.BudgetPeriod;
import com.spendwise.budget.BudgetService;
import com.spendwise.budget.BudgetStatus;
import com.spendwise.category.CategoryId;
import com.spendwise.shared.ETags;
import com.spendwise.shared.IdempotentPosts;
import com.spendwise.shared.Money;
import com.spendwise.shared.Page;
import com.spendwise.shared.PageRequest;
import com.spendwise.user.CurrentUser;
import com.spendwise.user.UserId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
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
@RequestMapping(path = BudgetController.PATH, produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(
    name = "Budgets",
    description = "Monthly or yearly spending limits, with alerts at 80% and 100%")
class BudgetController {

  static final String PATH = "/api/v1/budgets";

  private final BudgetService budgets;
  private final IdempotentPosts posts;

  BudgetController(BudgetService budgets, IdempotentPosts posts) {
    this.budgets = budgets;
    this.posts = posts;
  }

  @Schema(name = "BudgetRequest")
  record BudgetRequest(
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) BudgetPeriod period,
      @Schema(example = "5000000", requiredMode = Schema.RequiredMode.REQUIRED) BigDecimal amount,
      @Schema(example = "VND", description = "Default: the user's default currency")
          String currency,
      @Schema(description = "An EXPENSE category; omit for a budget over all expenses")
          UUID categoryId,
      @Schema(description = "Default: the first day of the current period") LocalDate startDate) {

    BudgetDraft draft() {
      return new BudgetDraft(
          period,
          amount,
          currency,
          categoryId == null ? null : new CategoryId(categoryId),
          startDate);
    }
  }

  @Schema(name = "BudgetPeriodStatus")
  record PeriodStatus(
      @Schema(example = "2026-11") String period,
      LocalDate from,
      LocalDate to,
      @Schema(example = "1250000") String spent,
      @Schema(example = "3750000", description = "Negative once the budget is exceeded")
          String remaining,
      @Schema(example = "25.0", description = "Rounded to one decimal") BigDecimal percentUsed) {}

  @Schema(name = "Budget")
  record BudgetResponse(
      UUID id,
      BudgetPeriod period,
      String amount,
      String currency,
      UUID categoryId,
      LocalDate startDate,
      PeriodStatus status,
      Instant createdAt,
      Instant updatedAt,
      @Schema(description = "In a shared ledger, the member who created it; null otherwise")
          UUID createdBy,
      @Schema(description = "In a shared ledger, the member who changed it last; null otherwise")
          UUID updatedBy) {

    static BudgetResponse of(BudgetStatus s) {
      Budget b = s.budget();
      return new BudgetResponse(
          b.id().value(),
          b.period(),
          Money.text(b.amount(), b.currency()),
          b.currency(),
          b.categoryId() == null ? null : b.categoryId().value(),
          b.startDate(),
          new PeriodStatus(
              s.period(),
              s.from(),
              s.to(),
              s.spent().toPlainString(),
              s.remaining().toPlainString(),
              s.percentUsed()),
          b.createdAt(),
          b.updatedAt(),
          b.actors().createdBy(),
          b.actors().updatedBy());
    }
  }

  @Schema(name = "BudgetPage")
  record BudgetPage(List<BudgetResponse> items, String nextCursor) {}

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Create a budget; honours Idempotency-Key")
  @ApiResponse(
      responseCode = "422",
      description =
          "The account has 500 budgets already, the most it may have (code `limit-reached`);"
              + " nothing was created.",
      content = @Content(mediaType = "application/problem+json"))
  @ApiResponse(
      responseCode = "201",
      content = @Content(schema = @Schema(implementation = BudgetResponse.class)))
  ResponseEntity<?> create(
      @CurrentUser UserId user,
      @RequestHeader(name = IdempotentPosts.HEADER, required = false) String key,
      @RequestBody BudgetRequest request) {
    return posts.post(
        user.value(),
        key,
        PATH,
        request,
        () -> {
          BudgetStatus created = budgets.create(user, request.draft());
          return IdempotentPosts.created(
              PATH,
              created.budget().id().value(),
              created.budget().version(),
              BudgetResponse.of(created));
        });
  }

  @GetMapping
  @Operation(summary = "The user's budgets, newest first, each in its current period")
  BudgetPage list(
      @CurrentUser UserId user,
      @RequestParam(required = false) Integer limit,
      @RequestParam(required = false) String cursor) {
    Page<BudgetResponse> page =
        budgets.list(user, PageRequest.of(limit, cursor)).map(BudgetResponse::of);
    return new BudgetPage(page.items(), page.nextCursor());
  }

  @GetMapping("/{id}")
  @Operation(summary = "One budget in the current period or a chosen one")
  ResponseEntity<BudgetResponse> get(
      @CurrentUser UserId user,
      @PathVariable UUID id,
      @Parameter(description = "2026-11 for a monthly budget, 2026 for a yearly one")
          @RequestParam(required = false)
          String period) {
    return respond(budgets.get(user, new BudgetId(id), period));
  }

  @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Replace a budget; a changed limit or scope alerts afresh")
  ResponseEntity<BudgetResponse> update(
      @CurrentUser UserId user,
      @PathVariable UUID id,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      @RequestBody BudgetRequest request) {
    return respond(
        budgets.update(user, new BudgetId(id), request.draft(), ETags.expected(ifMatch)));
  }

  @DeleteMapping("/{id}")
  @Operation(summary = "Delete a budget")
  ResponseEntity<Void> delete(
      @CurrentUser UserId user,
      @PathVariable UUID id,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
    budgets.delete(user, new BudgetId(id), ETags.expected(ifMatch));
    return ResponseEntity.noContent().build();
  }

  private static ResponseEntity<BudgetResponse> respond(BudgetStatus status) {
    return ETags.ok(status.budget().version(), BudgetResponse.of(status));
  }
}
