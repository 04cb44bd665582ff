package com.spendwise.rule.web;

import com.spendwise.rule.Rule;
import com.spendwise.rule.Suggestion;
import com.spendwise.rule.Suggestions;
import com.spendwise.shared.IdempotentPosts;
import com.spendwise.user.CurrentUser;
import com.spendwise.user.UserId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = SuggestionController.PATH, produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Rules")
class SuggestionController {

  static final String PATH = "/api/v1/rules/suggestions";

  private final Suggestions suggestions;

  SuggestionController(Suggestions suggestions) {
    this.suggestions = suggestions;
  }

  @Schema(name = "RuleSuggestion")
  record SuggestionResponse(
      UUID id,
      @Schema(description = "The cleaned-up note the choices share") String noteKey,
      UUID categoryId,
      @Schema(description = "The latest such note") String example,
      @Schema(description = "How many times the category was chosen for it") int times,
      @Schema(description = "What the offered rule's note starts with") String prefix) {

    static SuggestionResponse of(Suggestion s) {
      return new SuggestionResponse(
          s.id(), s.noteKey(), s.categoryId().value(), s.example(), s.times(), s.prefix());
    }
  }

  @Schema(name = "RuleSuggestionList")
  record SuggestionList(List<SuggestionResponse> items) {}

  @GetMapping
  @Operation(summary = "Rules offered from your repeated choices (none when switched off)")
  SuggestionList list(@CurrentUser UserId user) {
    return new SuggestionList(
        suggestions.offered(user).stream().map(SuggestionResponse::of).toList());
  }

  @PostMapping("/{id}/accept")
  @Operation(summary = "Create the offered rule as offered")
  ResponseEntity<?> accept(@CurrentUser UserId user, @PathVariable UUID id) {
    Rule rule = suggestions.accept(user, id, null);
    return IdempotentPosts.created(
        RuleController.PATH,
        rule.id().value(),
        rule.version(),
        RuleController.RuleResponse.of(rule));
  }

  @PostMapping("/{id}/dismiss")
  @Operation(summary = "Never offer this rule again")
  ResponseEntity<Void> dismiss(@CurrentUser UserId user, @PathVariable UUID id) {
    suggestions.dismiss(user, id);
    return ResponseEntity.noContent().build();
  }
}
