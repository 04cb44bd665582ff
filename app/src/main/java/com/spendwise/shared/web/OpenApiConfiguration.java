package com.spendwise.shared.web;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.ResolvableType;
import org.springframework.http.ResponseEntity;

@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(
    info =
        @Info(
            title = "SpendWise API",
            version = "v1",
            description =
                "Personal finance: wallets, transactions, budgets, goals. Errors are RFC 9457"
                    + " problem details with a stable `code`."),
    security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(
    name = "bearer",
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    bearerFormat = "JWT")
class OpenApiConfiguration {

  private static final String PROBLEM = "#/components/schemas/Problem";

  /** Every operation documents the problem responses that the shared error handling gives. */
  @Bean
  OpenApiCustomizer problemResponses() {
    return openApi -> {
      if (openApi.getComponents() == null) {
        openApi.setComponents(new Components());
      }
      openApi.getComponents().addSchemas("Problem", problemSchema());
      if (openApi.getPaths() == null) {
        return;
      }
      openApi
          .getPaths()
          .values()
          .forEach(
              path ->
                  path.readOperations()
                      .forEach(
                          operation -> {
                            if (takesInput(operation)) {
                              addProblem(
                                  operation, "400", "Invalid request; `errors` lists each field.");
                            }
                            if (operation.getSecurity() == null
                                || !operation.getSecurity().isEmpty()) {
                              addProblem(
                                  operation, "401", "Missing, invalid or expired access token.");
                            }
                            addProblem(operation, "500", "Unexpected error; nothing was changed.");
                            addProblem(
                                operation, "503", "The database is unreachable; retry later.");
                          }));
    };
  }

  /**
   * A handler that answers {@code ResponseEntity<Void>} answers 204 No Content (every one of ours
   * does): documented as such, not as the 200 without a body that would be inferred.
   */
  @Bean
  OperationCustomizer noContentResponses() {
    return (operation, handler) -> {
      ResolvableType answer = ResolvableType.forMethodReturnType(handler.getMethod());
      ApiResponses responses = operation.getResponses();
      if (answer.toClass() == ResponseEntity.class
          && answer.getGeneric(0).toClass() == Void.class
          && responses != null
          && responses.containsKey("200")
          && responses.get("200").getContent() == null) {
        responses.remove("200");
        responses.addApiResponse("204", new ApiResponse().description("Done; no body."));
      }
      return operation;
    };
  }

  private static boolean takesInput(Operation operation) {
    return operation.getRequestBody() != null
        || (operation.getParameters() != null && !operation.getParameters().isEmpty());
  }

  private static void addProblem(Operation operation, String status, String description) {
    if (operation.getResponses().get(status) == null) {
      operation
          .getResponses()
          .addApiResponse(
              status,
              new ApiResponse()
                  .description(description)
                  .content(
                      new Content()
                          .addMediaType(
                              "application/problem+json",
                              new MediaType().schema(new Schema<>().$ref(PROBLEM)))));
    }
  }

  private static Schema<?> problemSchema() {
    Schema<?> fieldProblem =
        new ObjectSchema()
            .addProperty("field", new StringSchema().example("defaultCurrency"))
            .addProperty("code", new StringSchema().example("unknown-currency"))
            .addProperty("message", new StringSchema().example("Must be an ISO 4217 code."));
    return new ObjectSchema()
        .description("RFC 9457 problem details with a stable, machine-readable `code`.")
        .addProperty("title", new StringSchema().example("Bad Request"))
        .addProperty("status", new IntegerSchema().example(400))
        .addProperty("detail", new StringSchema().example("The request has invalid fields."))
        .addProperty("instance", new StringSchema().example("/api/v1/me"))
        .addProperty("code", new StringSchema().example("validation-failed"))
        .addProperty("errors", new ArraySchema().items(fieldProblem));
  }
}
