package com.spendwise.rule.web;

import com.spendwise.rule.Rule;
import com.spendwise.rule.RuleAction;
import com.spendwise.rule.RuleApplications;
import com.spendwise.rule.RuleCondition;
import com.spendwise.rule.RuleCondition.Match;
import com.spendwise.rule.RuleDraft;
import com.spendwise.rule.RuleDraft.RunsOn;
import com.spendwise.rule.RuleId;
import com.spendwise.rule.RuleService;
import com.spendwise.shared.ETags;
import com.spendwise.shared.IdempotentPosts;
import com.spendwise.shared.PageRequest;
import com.spendwise.user.CurrentUser;
import com.spendwise.user.UserId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
@RequestMapping(path = RuleController.PATH, produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Rules", description = "Rules that categorise transactions as they are recorded")
class RuleController {

  static final String PATH = "/api/v1/rules";

  private final RuleService rules;
  private final RuleApplications applications;
  private final IdempotentPosts posts;

  RuleController(RuleService rules, RuleApplications applications, IdempotentPosts posts) {
    this.rules = rules;
    this.applications = applications;
    this.posts = posts;
  }

  @Schema(name = "RuleRequest")
  record RuleRequest(
      @Schema(example = "Grab rides", requiredMode = Schema.RequiredMode.REQUIRED) String name,
      @Schema(description = "Where it runs among the rules (1 first); absent: last")
          Integer position,
      @Schema(description = "Default true") Boolean active,
      @Schema(description = "Later rules do not run on a transaction this rule matched")
          Boolean stopProcessing,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) RunsOn runsOn,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Match match,
      @Schema(description = "Conditions, or groups of them (one level)")
          List<RuleCondition> conditions,
      List<RuleAction> actions) {

    RuleDraft draft() {
      return new RuleDraft(
          name, position, active, stopProcessing, runsOn, match, conditions, actions);
    }
  }

  @Schema(name = "Rule")
  record RuleResponse(
      UUID id,
      String name,
      int position,
      boolean active,
      boolean stopProcessing,
      RunsOn runsOn,
      Match match,
      List<RuleCondition> conditions,
      List<RuleAction> actions,
      @Schema(
              description =
                  "Why it was skipped when it last ran (category-deleted, category-wrong-type,"
                      + " tag-deleted, pattern-too-slow); null when fine")
          String problem,
      Instant createdAt,
      Instant updatedAt,
      @Schema(description = "In a shared ledger, the member who created it; null otherwise")
          UUID createdBy,
      @Schema(description = "In a shared ledger, the member who changed it last; null otherwise")
          UUID updatedBy) {

    static RuleResponse of(Rule r) {
      return new RuleResponse(
          r.id().value(),
          r.name(),
          r.position(),
          r.active(),
          r.stopProcessing(),
          r.runsOn(),
          r.match(),
          r.conditions(),
          r.actions(),
          r.problem(),
          r.createdAt(),
          r.updatedAt(),
          r.actors().createdBy(),
          r.actors().updatedBy());
    }
  }

  @Schema(name = "RuleList")
  record RuleList(List<RuleResponse> items) {}

  @Schema(name = "RuleChange")
  record ChangeResponse(UUID transactionId, Map<String, Object> before, Map<String, Object> after) {

    static ChangeResponse of(RuleApplications.Change change) {
      return new ChangeResponse(
          change.before().id().value(), fields(change.before()), fields(change.after()));
    }

    private static Map<String, Object> fields(com.spendwise.transaction.LedgerEntry entry) {
      Map<String, Object> fields = new TreeMap<>();
      fields.put("categoryId", entry.categoryId() == null ? null : entry.categoryId().value());
      fields.put("note", entry.note());
      fields.put("tagIds", entry.tagIds().stream().map(tag -> tag.value()).toList());
      return fields;
    }
  }

  @Schema(name = "RulePreview")
  record PreviewResponse(
      List<ChangeResponse> items,
      @Schema(description = "Continues the preview further back; null when it reached the oldest")
          String nextCursor,
      @Schema(description = "Transactions this request read") long scanned) {}

  @Schema(name = "RuleApplied")
  record AppliedResponse(
      @Schema(description = "Transactions changed") long changed,
      @Schema(description = "Transactions read") long scanned) {}

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Create a rule; honours Idempotency-Key")
  @ApiResponse(
      responseCode = "201",
      content = @Content(schema = @Schema(implementation = RuleResponse.class)))
  @ApiResponse(responseCode = "404", description = "A wallet, category or tag is not the user's")
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
          Rule rule = rules.create(user, request.draft());
          return IdempotentPosts.created(
              PATH, rule.id().value(), rule.version(), RuleResponse.of(rule));
        });
  }

  @GetMapping
  @Operation(summary = "The user's rules in the order they run")
  RuleList list(@CurrentUser UserId user) {
    return new RuleList(rules.all(user).stream().map(RuleResponse::of).toList());
  }

  @GetMapping("/{id}")
  @Operation(summary = "One rule")
  ResponseEntity<RuleResponse> get(@CurrentUser UserId user, @PathVariable UUID id) {
    return respond(rules.get(user, new RuleId(id)));
  }

  @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Replace a rule")
  ResponseEntity<RuleResponse> update(
      @CurrentUser UserId user,
      @PathVariable UUID id,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      @RequestBody RuleRequest request) {
    return respond(rules.update(user, new RuleId(id), request.draft(), ETags.expected(ifMatch)));
  }

  @DeleteMapping("/{id}")
  @Operation(summary = "Delete a rule; what it set stays")
  ResponseEntity<Void> delete(
      @CurrentUser UserId user,
      @PathVariable UUID id,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
    rules.delete(user, new RuleId(id), ETags.expected(ifMatch));
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/{id}/preview")
  @Operation(
      summary = "The existing transactions the rule would change, newest first, before and after")
  PreviewResponse preview(
      @CurrentUser UserId user,
      @PathVariable UUID id,
      @Parameter(description = "Changes per page, 1 to 200, default 50")
          @RequestParam(required = false)
          Integer limit,
      @RequestParam(required = false) String cursor) {
    PageRequest page = PageRequest.of(limit, cursor);
    RuleApplications.Preview preview =
        applications.preview(user, new RuleId(id), page.cursor(), page.limit());
    return new PreviewResponse(
        preview.changes().stream().map(ChangeResponse::of).toList(),
        preview.nextCursor(),
        preview.scanned());
  }

  @PostMapping("/{id}/apply")
  @Operation(
      summary = "Apply the rule to every existing transaction it matches",
      description =
          "Writes a chunk at a time; fields a person chose are left alone; applying again"
              + " changes nothing.")
  AppliedResponse apply(@CurrentUser UserId user, @PathVariable UUID id) {
    RuleApplications.Applied applied = applications.apply(user, new RuleId(id));
    return new AppliedResponse(applied.changed(), applied.scanned());
  }

  private static ResponseEntity<RuleResponse> respond(Rule rule) {
    return ETags.ok(rule.version(), RuleResponse.of(rule));
  }
}
