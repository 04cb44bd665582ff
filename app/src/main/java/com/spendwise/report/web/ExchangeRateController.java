package com.spendwise.report.web;

import com.spendwise.report.ExchangeRate;
import com.spendwise.report.ExchangeRateDraft;
import com.spendwise.report.ExchangeRateId;
import com.spendwise.report.ExchangeRateService;
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
@RequestMapping(path = ExchangeRateController.PATH, produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(
    name = "Exchange rates",
    description = "Your rates, for reports that total several currencies in one (convertTo)")
class ExchangeRateController {

  static final String PATH = "/api/v1/exchange-rates";

  private final ExchangeRateService rates;
  private final IdempotentPosts posts;

  ExchangeRateController(ExchangeRateService rates, IdempotentPosts posts) {
    this.rates = rates;
    this.posts = posts;
  }

  @Schema(name = "ExchangeRateRequest")
  record RateRequest(
      @Schema(example = "USD", requiredMode = Schema.RequiredMode.REQUIRED) String base,
      @Schema(example = "VND", requiredMode = Schema.RequiredMode.REQUIRED) String quote,
      @Schema(
              type = "string",
              example = "25350.5",
              description = "1 base = rate quote; positive, at most 12 significant digits",
              requiredMode = Schema.RequiredMode.REQUIRED)
          BigDecimal rate,
      @Schema(
              example = "2026-11-01",
              description = "Valid from this date until a later rate",
              requiredMode = Schema.RequiredMode.REQUIRED)
          LocalDate date) {

    ExchangeRateDraft draft() {
      return new ExchangeRateDraft(base, quote, rate, date);
    }
  }

  @Schema(name = "ExchangeRate")
  record RateResponse(
      UUID id,
      String base,
      String quote,
      @Schema(example = "25350.5") String rate,
      LocalDate date,
      Instant createdAt,
      Instant updatedAt) {

    static RateResponse of(ExchangeRate r) {
      return new RateResponse(
          r.id().value(),
          r.base(),
          r.quote(),
          r.rate().toPlainString(),
          r.date(),
          r.createdAt(),
          r.updatedAt());
    }
  }

  @Schema(name = "ExchangeRatePage")
  record RatePage(List<RateResponse> items, String nextCursor) {}

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Record a rate; honours Idempotency-Key")
  @ApiResponse(
      responseCode = "201",
      content = @Content(schema = @Schema(implementation = RateResponse.class)))
  @ApiResponse(responseCode = "409", description = "A rate for this pair and date exists")
  ResponseEntity<?> create(
      @CurrentUser UserId user,
      @RequestHeader(name = IdempotentPosts.HEADER, required = false) String key,
      @RequestBody RateRequest request) {
    return posts.post(
        user.value(),
        key,
        PATH,
        request,
        () -> {
          ExchangeRate rate = rates.create(user, request.draft());
          return IdempotentPosts.created(
              PATH, rate.id().value(), rate.version(), RateResponse.of(rate));
        });
  }

  @GetMapping
  @Operation(summary = "Your rates, newest first")
  RatePage list(
      @CurrentUser UserId user,
      @RequestParam(required = false) Integer limit,
      @RequestParam(required = false) String cursor) {
    Page<RateResponse> page = rates.list(user, PageRequest.of(limit, cursor)).map(RateResponse::of);
    return new RatePage(page.items(), page.nextCursor());
  }

  @GetMapping("/{id}")
  @Operation(summary = "One rate")
  ResponseEntity<RateResponse> get(@CurrentUser UserId user, @PathVariable UUID id) {
    return respond(rates.get(user, new ExchangeRateId(id)));
  }

  @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Replace a rate")
  @ApiResponse(
      responseCode = "200",
      description = "The rate as replaced, with its new ETag",
      content = @Content(schema = @Schema(implementation = RateResponse.class)))
  @ApiResponse(responseCode = "412", description = "If-Match names an older version")
  ResponseEntity<RateResponse> update(
      @CurrentUser UserId user,
      @PathVariable UUID id,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      @RequestBody RateRequest request) {
    return respond(
        rates.update(user, new ExchangeRateId(id), request.draft(), ETags.expected(ifMatch)));
  }

  @DeleteMapping("/{id}")
  @Operation(summary = "Delete a rate")
  ResponseEntity<Void> delete(
      @CurrentUser UserId user,
      @PathVariable UUID id,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
    rates.delete(user, new ExchangeRateId(id), ETags.expected(ifMatch));
    return ResponseEntity.noContent().build();
  }

  private static ResponseEntity<RateResponse> respond(ExchangeRate rate) {
    return ETags.ok(rate.version(), RateResponse.of(rate));
  }
}
