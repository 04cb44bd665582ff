package com.spendwise.user.web;

import com.spendwise.shared.ETags;
import com.spendwise.shared.MergePatch;
import com.spendwise.shared.ProblemException;
import com.spendwise.user.ProfileChanges;
import com.spendwise.user.SignedIn;
import com.spendwise.user.UserId;
import com.spendwise.user.UserProfile;
import com.spendwise.user.UserService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

@RestController
@RequestMapping(path = MeController.PATH, produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Me", description = "The signed-in user's profile")
class MeController {

  static final String PATH = "/api/v1/me";

  private static final Set<String> PATCHABLE =
      Set.of("displayName", "defaultCurrency", "timeZone", "language");

  private final UserService users;

  MeController(UserService users) {
    this.users = users;
  }

  @Schema(name = "Profile")
  record ProfileResponse(
      UUID id,
      String email,
      String displayName,
      @Schema(example = "VND") String defaultCurrency,
      @Schema(example = "Asia/Ho_Chi_Minh") String timeZone,
      @Schema(
              description = "The web app's language (en or vi); null follows the browser",
              example = "vi")
          String language,
      @Schema(description = "Whether rules learnt from your choices are offered")
          boolean suggestRules,
      Instant createdAt,
      Instant updatedAt) {

    static ProfileResponse of(UserProfile user) {
      return new ProfileResponse(
          user.id().value(),
          user.email(),
          user.displayName(),
          user.defaultCurrency(),
          user.timeZone(),
          user.language(),
          user.suggestRules(),
          user.createdAt(),
          user.updatedAt());
    }
  }

  /** Documents the merge patch that {@link #update} reads field by field. */
  @Schema(
      name = "ProfilePatch",
      description =
          "JSON merge patch: an absent field is unchanged, null clears it (displayName and language only).")
  record ProfilePatch(
      @Schema(
              types = {"string", "null"},
              example = "Lan")
          Optional<String> displayName,
      @Schema(
              types = {"string"},
              example = "USD")
          Optional<String> defaultCurrency,
      @Schema(
              types = {"string"},
              example = "Asia/Ho_Chi_Minh")
          Optional<String> timeZone,
      @Schema(
              types = {"string", "null"},
              example = "vi")
          Optional<String> language,
      @Schema(types = {"boolean"}) Optional<Boolean> suggestRules) {}

  @GetMapping
  @Operation(summary = "The signed-in user, created on the first call")
  ResponseEntity<ProfileResponse> get(@SignedIn UserId user) {
    return respond(users.get(user));
  }

  @PatchMapping(consumes = {"application/json", "application/merge-patch+json"})
  @Operation(summary = "Change display name, default currency, time zone or language")
  @ApiResponse(
      responseCode = "200",
      description = "The profile as changed, with its new ETag",
      content = @Content(schema = @Schema(implementation = ProfileResponse.class)))
  @ApiResponse(
      responseCode = "412",
      description =
          "If-Match names an older version (code `precondition-failed`); nothing changed.",
      content = @Content(mediaType = "application/problem+json"))
  ResponseEntity<ProfileResponse> update(
      @SignedIn UserId user,
      @Parameter(description = "ETag from a previous read; 412 when the profile changed since")
          @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
          String ifMatch,
      @io.swagger.v3.oas.annotations.parameters.RequestBody(
              content = @Content(schema = @Schema(implementation = ProfilePatch.class)))
          @RequestBody
          JsonNode body) {
    Optional<Boolean> suggestRules = flag(body, "suggestRules");
    MergePatch patch = MergePatch.of(withoutField(body, "suggestRules"), PATCHABLE);
    return respond(
        users.update(
            user,
            new ProfileChanges(
                patch.text("displayName"),
                patch.text("defaultCurrency"),
                patch.text("timeZone"),
                patch.text("language"),
                suggestRules),
            ETags.expected(ifMatch)));
  }

  /** A boolean field of the patch: null when absent; true or false, never null or text. */
  private static Optional<Boolean> flag(JsonNode body, String field) {
    JsonNode value = body == null ? null : body.get(field);
    if (value == null) {
      return null;
    }
    if (!value.isBoolean()) {
      throw ProblemException.invalidField(field, "invalid-format", "Must be true or false.");
    }
    return Optional.of(value.booleanValue());
  }

  private static JsonNode withoutField(JsonNode body, String field) {
    if (body == null || !body.isObject() || !body.has(field)) {
      return body;
    }
    ObjectNode copy = ((ObjectNode) body).deepCopy();
    copy.remove(field);
    return copy;
  }

  private static ResponseEntity<ProfileResponse> respond(UserProfile profile) {
    return ETags.ok(profile.version(), ProfileResponse.of(profile));
  }
}
