package com.spendwise.goal.web;

import com.spendwise.goal.Goal;
import com.spendwise.goal.GoalDraft;
import com.spendwise.goal.GoalId;
import com.spendwise.goal.GoalService;
import com.spendwise.shared.ETags;
import com.spendwise.shared.IdempotentPosts;
import com.spendwise.shared.Money;
import com.spendwise.shared.Page;
import com.spendwise.shared.PageRequest;
import com.spendwise.user.CurrentUser;
import com.spendwise.user.UserId;
import io.swagger.v3.oas.annotations.Operation;
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
@RequestMapping(path = GoalController.PATH, produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Goals", description = "Savings goals and contributions towards them")
class GoalController {

  static final String PATH = "/api/v1/goals";

  private final GoalService goals;
  private final IdempotentPosts posts;

  GoalController(GoalService goals, IdempotentPosts posts) {
    this.goals = goals;
    this.posts = posts;
  }

  @Schema(name = "GoalRequest")
  record GoalRequest(
      @Schema(example = "Emergency fund", requiredMode = Schema.RequiredMode.REQUIRED) String name,
      String description,
      @Schema(example = "50000000", requiredMode = Schema.RequiredMode.REQUIRED)
          BigDecimal targetAmount,
      @Schema(example = "0", description = "Default 0") BigDecimal currentAmount,
      @Schema(example = "VND", description = "Default: the user's default currency")
          String currency,
      LocalDate deadline) {

    GoalDraft draft() {
      return new GoalDraft(name, description, targetAmount, currentAmount, currency, deadline);
    }
  }

  @Schema(name = "ContributionRequest")
  record ContributionRequest(
      @Schema(example = "500000", description = "Negative to withdraw; never below 0 in total")
          BigDecimal amount) {}

  @Schema(name = "Goal")
  record GoalResponse(
      UUID id,
      String name,
      String description,
      String targetAmount,
      String currentAmount,
      String currency,
      LocalDate deadline,
      @Schema(example = "42.5", description = "Rounded to one decimal") BigDecimal progressPercent,
      boolean reached,
      Instant createdAt,
      Instant updatedAt,
      @Schema(description = "In a shared ledger, the member who created it; null otherwise")
          UUID createdBy,
      @Schema(description = "In a shared ledger, the member who changed it last; null otherwise")
          UUID updatedBy) {

    static GoalResponse of(Goal g) {
      return new GoalResponse(
          g.id().value(),
          g.name(),
          g.description(),
          Money.text(g.targetAmount(), g.currency()),
          Money.text(g.currentAmount(), g.currency()),
          g.currency(),
          g.deadline(),
          g.progressPercent(),
          g.reached(),
          g.createdAt(),
          g.updatedAt(),
          g.actors().createdBy(),
          g.actors().updatedBy());
    }
  }

  @Schema(name = "GoalPage")
  record GoalPage(List<GoalResponse> items, String nextCursor) {}

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Create a goal; honours Idempotency-Key")
  @ApiResponse(
      responseCode = "422",
      description =
          "The account has 500 savings goals already, the most it may have (code `limit-reached`);"
              + " nothing was created.",
      content = @Content(mediaType = "application/problem+json"))
  @ApiResponse(
      responseCode = "201",
      content = @Content(schema = @Schema(implementation = GoalResponse.class)))
  ResponseEntity<?> create(
      @CurrentUser UserId user,
      @RequestHeader(name = IdempotentPosts.HEADER, required = false) String key,
      @RequestBody GoalRequest request) {
    return posts.post(
        user.value(),
        key,
        PATH,
        request,
        () -> {
          Goal goal = goals.create(user, request.draft());
          return IdempotentPosts.created(
              PATH, goal.id().value(), goal.version(), GoalResponse.of(goal));
        });
  }

  @PostMapping(path = "/{id}/contributions", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "Add to (or, negative, take from) a goal; honours Idempotency-Key",
      description = "Taking more than the goal holds is a 422 insufficient-goal-amount.")
  @ApiResponse(
      responseCode = "200",
      content = @Content(schema = @Schema(implementation = GoalResponse.class)))
  ResponseEntity<?> contribute(
      @CurrentUser UserId user,
      @PathVariable UUID id,
      @RequestHeader(name = IdempotentPosts.HEADER, required = false) String key,
      @RequestBody ContributionRequest request) {
    return posts.post(
        user.value(),
        key,
        PATH + "/" + id + "/contributions",
        request,
        () -> respond(goals.contribute(user, new GoalId(id), request.amount())));
  }

  @GetMapping
  @Operation(summary = "The user's goals, newest first")
  GoalPage list(
      @CurrentUser UserId user,
      @RequestParam(required = false) Integer limit,
      @RequestParam(required = false) String cursor) {
    Page<GoalResponse> page = goals.list(user, PageRequest.of(limit, cursor)).map(GoalResponse::of);
    return new GoalPage(page.items(), page.nextCursor());
  }

  @GetMapping("/{id}")
  @Operation(summary = "One goal")
  ResponseEntity<GoalResponse> get(@CurrentUser UserId user, @PathVariable UUID id) {
    return respond(goals.get(user, new GoalId(id)));
  }

  @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Replace a goal; a changed deadline is warned about afresh")
  ResponseEntity<GoalResponse> update(
      @CurrentUser UserId user,
      @PathVariable UUID id,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      @RequestBody GoalRequest request) {
    return respond(goals.update(user, new GoalId(id), request.draft(), ETags.expected(ifMatch)));
  }

  @DeleteMapping("/{id}")
  @Operation(summary = "Delete a goal")
  ResponseEntity<Void> delete(
      @CurrentUser UserId user,
      @PathVariable UUID id,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
    goals.delete(user, new GoalId(id), ETags.expected(ifMatch));
    return ResponseEntity.noContent().build();
  }

  private static ResponseEntity<GoalResponse> respond(Goal goal) {
    return ETags.ok(goal.version(), GoalResponse.of(goal));
  }
}
