package com.spendwise.transaction.web;

import com.spendwise.shared.Page;
import com.spendwise.shared.PageRequest;
import com.spendwise.transaction.EntryRevisions;
import com.spendwise.transaction.TransactionId;
import com.spendwise.transaction.web.TransactionPayloads.ReviewRequest;
import com.spendwise.transaction.web.TransactionPayloads.ReviewResult;
import com.spendwise.transaction.web.TransactionPayloads.TransactionPage;
import com.spendwise.transaction.web.TransactionPayloads.TransactionResponse;
import com.spendwise.user.CurrentUser;
import com.spendwise.user.UserId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The review inbox: imported transactions waiting for a person to confirm them. */
@RestController
@RequestMapping(path = ReviewController.PATH, produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Transactions")
class ReviewController {

  static final String PATH = "/api/v1/transactions/review";

  private final EntryRevisions revisions;

  ReviewController(EntryRevisions revisions) {
    this.revisions = revisions;
  }

  @GetMapping
  @Operation(summary = "Transactions waiting to be reviewed, oldest first")
  TransactionPage list(
      @CurrentUser UserId user,
      @Parameter(description = "Page size, 1 to 200, default 50") @RequestParam(required = false)
          Integer limit,
      @Parameter(description = "nextCursor of the previous page") @RequestParam(required = false)
          String cursor,
      @Parameter(description = "Also count every waiting transaction")
          @RequestParam(defaultValue = "false")
          boolean includeTotal) {
    Page<TransactionResponse> page =
        revisions.toReview(user, PageRequest.of(limit, cursor)).map(TransactionResponse::of);
    return new TransactionPage(
        page.items(), page.nextCursor(), includeTotal ? revisions.waiting(user) : null);
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "Confirm transactions: they leave the review inbox",
      description =
          "Ids that are not the user's, or not waiting, are passed over; confirming twice is"
              + " harmless.")
  ReviewResult confirm(@CurrentUser UserId user, @RequestBody ReviewRequest request) {
    List<TransactionId> ids =
        request.ids() == null ? null : request.ids().stream().map(TransactionId::new).toList();
    return new ReviewResult(revisions.confirm(user, ids));
  }
}
