package com.spendwise.category.web;

import com.spendwise.category.Category;
import com.spendwise.category.CategoryDraft;
import com.spendwise.category.CategoryId;
import com.spendwise.category.CategoryService;
import com.spendwise.category.CategoryType;
import com.spendwise.shared.ETags;
import com.spendwise.shared.IdempotentPosts;
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
@RequestMapping(path = CategoryController.PATH, produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Categories", description = "Kinds of income, spending and transfers")
class CategoryController {

  static final String PATH = "/api/v1/categories";

  private final CategoryService categories;
  private final IdempotentPosts posts;

  CategoryController(CategoryService categories, IdempotentPosts posts) {
    this.categories = categories;
    this.posts = posts;
  }

  @Schema(name = "CategoryRequest")
  record CategoryRequest(
      @Schema(example = "Coffee", requiredMode = Schema.RequiredMode.REQUIRED) String name,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) CategoryType type,
      @Schema(example = "local_cafe") String icon,
      @Schema(example = "#6D4C41") String color) {

    CategoryDraft draft() {
      return new CategoryDraft(name, type, icon, color);
    }
  }

  @Schema(name = "Category")
  record CategoryResponse(
      UUID id,
      String name,
      CategoryType type,
      String icon,
      String color,
      Instant createdAt,
      Instant updatedAt,
      @Schema(description = "In a shared ledger, the member who created it; null otherwise")
          UUID createdBy,
      @Schema(description = "In a shared ledger, the member who changed it last; null otherwise")
          UUID updatedBy) {

    static CategoryResponse of(Category c) {
      return new CategoryResponse(
          c.id().value(),
          c.name(),
          c.type(),
          c.icon(),
          c.color(),
          c.createdAt(),
          c.updatedAt(),
          c.actors().createdBy(),
          c.actors().updatedBy());
    }
  }

  @Schema(name = "CategoryPage")
  record CategoryPage(List<CategoryResponse> items, String nextCursor) {}

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Create a category; honours Idempotency-Key")
  @ApiResponse(
      responseCode = "422",
      description =
          "The account has 1,000 categories already, the most it may have (code `limit-reached`);"
              + " nothing was created.",
      content = @Content(mediaType = "application/problem+json"))
  @ApiResponse(
      responseCode = "201",
      content = @Content(schema = @Schema(implementation = CategoryResponse.class)))
  ResponseEntity<?> create(
      @CurrentUser UserId user,
      @RequestHeader(name = IdempotentPosts.HEADER, required = false) String key,
      @RequestBody CategoryRequest request) {
    return posts.post(
        user.value(),
        key,
        PATH,
        request,
        () -> {
          Category category = categories.create(user, request.draft());
          return IdempotentPosts.created(
              PATH, category.id().value(), category.version(), CategoryResponse.of(category));
        });
  }

  @GetMapping
  @Operation(summary = "The user's categories by name, optionally of one type")
  CategoryPage list(
      @CurrentUser UserId user,
      @RequestParam(required = false) CategoryType type,
      @RequestParam(required = false) Integer limit,
      @RequestParam(required = false) String cursor) {
    Page<CategoryResponse> page =
        categories.list(user, type, PageRequest.of(limit, cursor)).map(CategoryResponse::of);
    return new CategoryPage(page.items(), page.nextCursor());
  }

  @GetMapping("/{id}")
  @Operation(summary = "One category")
  ResponseEntity<CategoryResponse> get(@CurrentUser UserId user, @PathVariable UUID id) {
    return respond(categories.get(user, new CategoryId(id)));
  }

  @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Replace a category; its type is fixed while it is in use")
  ResponseEntity<CategoryResponse> update(
      @CurrentUser UserId user,
      @PathVariable UUID id,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      @RequestBody CategoryRequest request) {
    return respond(
        categories.update(user, new CategoryId(id), request.draft(), ETags.expected(ifMatch)));
  }

  @DeleteMapping("/{id}")
  @Operation(
      summary = "Delete a category",
      description =
          "A category in use gives 409 category-in-use unless replacementId names another"
              + " category of the same type; its uses move there in the same transaction.")
  ResponseEntity<Void> delete(
      @CurrentUser UserId user,
      @PathVariable UUID id,
      @Parameter(description = "Category of the same type that takes over this one's uses")
          @RequestParam(required = false)
          UUID replacementId,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
    categories.delete(
        user,
        new CategoryId(id),
        replacementId == null ? null : new CategoryId(replacementId),
        ETags.expected(ifMatch));
    return ResponseEntity.noContent().build();
  }

  private static ResponseEntity<CategoryResponse> respond(Category category) {
    return ETags.ok(category.version(), CategoryResponse.of(category));
  }
}
