package com.spendwise.wallet.web;

import com.spendwise.shared.ETags;
import com.spendwise.shared.IdempotentPosts;
import com.spendwise.shared.Money;
import com.spendwise.shared.Page;
import com.spendwise.shared.PageRequest;
import com.spendwise.user.CurrentUser;
import com.spendwise.user.UserId;
import com.spendwise.wallet.Wallet;
import com.spendwise.wallet.WalletDraft;
import com.spendwise.wallet.WalletId;
import com.spendwise.wallet.WalletService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.Instant;
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
@RequestMapping(path = WalletController.PATH, produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Wallets", description = "Where money is kept, each in one currency")
class WalletController {

  static final String PATH = "/api/v1/wallets";

  private final WalletService wallets;
  private final IdempotentPosts posts;

  WalletController(WalletService wallets, IdempotentPosts posts) {
    this.wallets = wallets;
    this.posts = posts;
  }

  @Schema(name = "WalletRequest")
  record WalletRequest(
      @Schema(example = "Cash", requiredMode = Schema.RequiredMode.REQUIRED) String name,
      @Schema(example = "VND", description = "ISO 4217; on create, defaults to the user's")
          String currency,
      @Schema(type = "string", example = "1500000", description = "Decimal string; default 0")
          BigDecimal openingBalance,
      @Schema(description = "An archived wallet accepts no new transactions") Boolean archived) {

    WalletDraft draft() {
      return new WalletDraft(name, currency, openingBalance, archived);
    }
  }

  @Schema(name = "Wallet")
  record WalletResponse(
      UUID id,
      String name,
      @Schema(example = "VND") String currency,
      @Schema(example = "1500000") String openingBalance,
      @Schema(example = "1250000", description = "Opening balance plus income minus spending")
          String balance,
      boolean archived,
      Instant createdAt,
      Instant updatedAt,
      @Schema(description = "In a shared ledger, the member who created it; null otherwise")
          UUID createdBy,
      @Schema(description = "In a shared ledger, the member who changed it last; null otherwise")
          UUID updatedBy) {

    static WalletResponse of(Wallet w) {
      return new WalletResponse(
          w.id().value(),
          w.name(),
          w.currency(),
          Money.text(w.openingBalance(), w.currency()),
          Money.text(w.balance(), w.currency()),
          w.archived(),
          w.createdAt(),
          w.updatedAt(),
          w.actors().createdBy(),
          w.actors().updatedBy());
    }
  }

  @Schema(name = "WalletPage")
  record WalletPage(java.util.List<WalletResponse> items, String nextCursor) {}

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Create a wallet; honours Idempotency-Key")
  @ApiResponse(
      responseCode = "422",
      description =
          "The account has 1,000 wallets already, the most it may have (code `limit-reached`);"
              + " nothing was created.",
      content = @Content(mediaType = "application/problem+json"))
  @ApiResponse(
      responseCode = "201",
      content = @Content(schema = @Schema(implementation = WalletResponse.class)))
  ResponseEntity<?> create(
      @CurrentUser UserId user,
      @RequestHeader(name = IdempotentPosts.HEADER, required = false) String key,
      @RequestBody WalletRequest request) {
    return posts.post(
        user.value(),
        key,
        PATH,
        request,
        () -> {
          Wallet wallet = wallets.create(user, request.draft());
          return IdempotentPosts.created(
              PATH, wallet.id().value(), wallet.version(), WalletResponse.of(wallet));
        });
  }

  @GetMapping
  @Operation(summary = "The user's wallets by name, a page at a time")
  WalletPage list(
      @CurrentUser UserId user,
      @RequestParam(required = false) Integer limit,
      @RequestParam(required = false) String cursor) {
    Page<WalletResponse> page =
        wallets.list(user, PageRequest.of(limit, cursor)).map(WalletResponse::of);
    return new WalletPage(page.items(), page.nextCursor());
  }

  @GetMapping("/{id}")
  @Operation(summary = "One wallet with its balance")
  ResponseEntity<WalletResponse> get(@CurrentUser UserId user, @PathVariable UUID id) {
    return respond(wallets.get(user, new WalletId(id)));
  }

  @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "Replace name, currency, opening balance and archived flag",
      description =
          "The currency cannot change once the wallet has transactions (409 currency-locked).")
  ResponseEntity<WalletResponse> update(
      @CurrentUser UserId user,
      @PathVariable UUID id,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      @RequestBody WalletRequest request) {
    return respond(
        wallets.update(user, new WalletId(id), request.draft(), ETags.expected(ifMatch)));
  }

  @DeleteMapping("/{id}")
  @Operation(
      summary = "Delete a wallet without transactions",
      description = "A wallet with transactions gives 409 wallet-has-transactions: archive it.")
  ResponseEntity<Void> delete(
      @CurrentUser UserId user,
      @PathVariable UUID id,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
    wallets.delete(user, new WalletId(id), ETags.expected(ifMatch));
    return ResponseEntity.noContent().build();
  }

  private static ResponseEntity<WalletResponse> respond(Wallet wallet) {
    return ETags.ok(wallet.version(), WalletResponse.of(wallet));
  }
}
