package com.spendwise.exchange.web;

import com.spendwise.exchange.ImportMapping;
import com.spendwise.exchange.SavedMapping;
import com.spendwise.exchange.SavedMappings;
import com.spendwise.shared.ETags;
import com.spendwise.shared.IdempotentPosts;
import com.spendwise.shared.Page;
import com.spendwise.shared.PageRequest;
import com.spendwise.user.CurrentUser;
import com.spendwise.user.UserId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = MappingController.PATH, produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Import and export", description = "Your data in and out")
class MappingController {

  static final String PATH = "/api/v1/import-mappings";

  private final SavedMappings mappings;
  private final IdempotentPosts posts;

  MappingController(SavedMappings mappings, IdempotentPosts posts) {
    this.mappings = mappings;
    this.posts = posts;
  }

  record MappingRequest(String name, ImportMapping mapping) {}

  record MappingPage(List<SavedMapping> items, String nextCursor) {}

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Save a statement mapping under a name; honours Idempotency-Key")
  @ApiResponse(
      responseCode = "201",
      description = "Saved (Location: its URL)",
      content = @Content(schema = @Schema(implementation = SavedMapping.class)))
  @ApiResponse(
      responseCode = "422",
      description =
          "The account has 200 saved mappings already, the most it may have (code `limit-reached`);"
              + " nothing was created.",
      content = @Content(mediaType = "application/problem+json"))
  ResponseEntity<?> create(
      @CurrentUser UserId user,
      @RequestHeader(name = IdempotentPosts.HEADER, required = false) String key,
      @RequestBody MappingRequest request) {
    return posts.post(
        user.value(),
        key,
        PATH,
        request,
        () -> {
          SavedMapping saved = mappings.save(user, request.name(), request.mapping());
          return IdempotentPosts.created(PATH, saved.id(), saved.version(), saved);
        });
  }

  @GetMapping
  @Operation(summary = "The user's saved mappings by name")
  MappingPage list(
      @CurrentUser UserId user,
      @RequestParam(required = false) Integer limit,
      @RequestParam(required = false) String cursor) {
    Page<SavedMapping> page = mappings.list(user, PageRequest.of(limit, cursor));
    return new MappingPage(page.items(), page.nextCursor());
  }

  @GetMapping("/{id}")
  @Operation(summary = "One saved mapping")
  ResponseEntity<SavedMapping> get(@CurrentUser UserId user, @PathVariable UUID id) {
    SavedMapping saved = mappings.get(user, id);
    return ETags.ok(saved.version(), saved);
  }

  @DeleteMapping("/{id}")
  @Operation(summary = "Delete a saved mapping")
  ResponseEntity<Void> delete(@CurrentUser UserId user, @PathVariable UUID id) {
    mappings.delete(user, id);
    return ResponseEntity.noContent().build();
  }
}
