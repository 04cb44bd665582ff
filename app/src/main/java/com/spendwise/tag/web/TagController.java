package com.spendwise.tag.web;

import com.spendwise.shared.ETags;
import com.spendwise.shared.IdempotentPosts;
import com.spendwise.shared.Page;
import com.spendwise.shared.PageRequest;
import com.spendwise.tag.TagId;
import com.spendwise.tag.TagService;
import com.spendwise.tag.TagView;
import com.spendwise.user.CurrentUser;
import com.spendwise.user.UserId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
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
@RequestMapping(path = TagController.PATH, produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Tags", description = "Labels on transactions")
class TagController {

  static final String PATH = "/api/v1/tags";

  private final TagService tags;
  private final IdempotentPosts posts;

  TagController(TagService tags, IdempotentPosts posts) {
    this.tags = tags;
    this.posts = posts;
  }

  @Schema(name = "TagRequest")
  record TagRequest(
      @Schema(example = "travel", requiredMode = Schema.RequiredMode.REQUIRED) String name) {}

  @Schema(name = "Tag")
  record TagResponse(
      UUID id,
      String name,
      Instant createdAt,
      Instant updatedAt,
      @Schema(description = "In a shared ledger, the member who created it; null otherwise")
          UUID createdBy,
      @Schema(description = "In a shared ledger, the member who changed it last; null otherwise")
          UUID updatedBy) {

    static TagResponse of(TagView t) {
      return new TagResponse(
          t.id().value(),
          t.name(),
          t.createdAt(),
          t.updatedAt(),
          t.actors().createdBy(),
          t.actors().updatedBy());
    }
  }

  @Schema(name = "TagPage")
  record TagPage(List<TagResponse> items, String nextCursor) {}

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Create a tag; honours Idempotency-Key")
  @ApiResponse(
      responseCode = "422",
      description =
          "The account has 1,000 tags already, the most it may have (code `limit-reached`);"
              + " nothing was created.",
      content = @Content(mediaType = "application/problem+json"))
  @ApiResponse(
      responseCode = "201",
      content = @Content(schema = @Schema(implementation = TagResponse.class)))
  ResponseEntity<?> create(
      @CurrentUser UserId user,
      @RequestHeader(name = IdempotentPosts.HEADER, required = false) String key,
      @RequestBody TagRequest request) {
    return posts.post(
        user.value(),
        key,
        PATH,
        request,
        () -> {
          TagView tag = tags.create(user, request.name());
          return IdempotentPosts.created(
              PATH, tag.id().value(), tag.version(), TagResponse.of(tag));
        });
  }

  @GetMapping
  @Operation(summary = "The user's tags by name")
  TagPage list(
      @CurrentUser UserId user,
      @RequestParam(required = false) Integer limit,
      @RequestParam(required = false) String cursor) {
    Page<TagResponse> page = tags.list(user, PageRequest.of(limit, cursor)).map(TagResponse::of);
    return new TagPage(page.items(), page.nextCursor());
  }

  @GetMapping("/{id}")
  @Operation(summary = "One tag")
  ResponseEntity<TagResponse> get(@CurrentUser UserId user, @PathVariable UUID id) {
    return respond(tags.get(user, new TagId(id)));
  }

  @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Rename a tag")
  ResponseEntity<TagResponse> update(
      @CurrentUser UserId user,
      @PathVariable UUID id,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      @RequestBody TagRequest request) {
    return respond(tags.rename(user, new TagId(id), request.name(), ETags.expected(ifMatch)));
  }

  @DeleteMapping("/{id}")
  @Operation(summary = "Delete a tag; transactions lose it")
  ResponseEntity<Void> delete(
      @CurrentUser UserId user,
      @PathVariable UUID id,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
    tags.delete(user, new TagId(id), ETags.expected(ifMatch));
    return ResponseEntity.noContent().build();
  }

  private static ResponseEntity<TagResponse> respond(TagView tag) {
    return ETags.ok(tag.version(), TagResponse.of(tag));
  }
}
