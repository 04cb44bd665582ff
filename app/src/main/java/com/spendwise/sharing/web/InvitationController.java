package com.spendwise.sharing.web;

import com.spendwise.sharing.Invitations;
import com.spendwise.sharing.web.LedgerController.InvitationList;
import com.spendwise.sharing.web.LedgerController.InvitationResponse;
import com.spendwise.sharing.web.LedgerController.LedgerResponse;
import com.spendwise.user.SignedIn;
import com.spendwise.user.UserId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The invitations addressed to the signed-in person, and answering them. */
@RestController
@RequestMapping(path = "/api/v1/invitations", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(
    name = "Invitations",
    description =
        "Invitations to shared ledgers: used once, only by the account with the invited email,"
            + " within 7 days")
class InvitationController {

  private final Invitations invitations;

  InvitationController(Invitations invitations) {
    this.invitations = invitations;
  }

  @Schema(name = "InvitationToken")
  record TokenRequest(String token) {}

  @GetMapping
  @Operation(summary = "Open invitations addressed to the caller's email")
  InvitationList mine(@SignedIn UserId person) {
    return new InvitationList(
        invitations.forPerson(person).stream().map(i -> InvitationResponse.of(i, null)).toList());
  }

  @PostMapping(path = "/accept", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "Accept an invitation by its token",
      description =
          "404 for an unknown token; 410 `invitation-used` or `invitation-expired`; 403"
              + " `invitation-for-another-email` when the caller signed in with another email.")
  LedgerResponse accept(@SignedIn UserId person, @RequestBody TokenRequest request) {
    return LedgerResponse.of(invitations.accept(person, request.token()));
  }

  @PostMapping(path = "/decline", consumes = MediaType.APPLICATION_JSON_VALUE)
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Decline an invitation by its token")
  void decline(@SignedIn UserId person, @RequestBody TokenRequest request) {
    invitations.decline(person, request.token());
  }

  @PostMapping("/{id}/accept")
  @Operation(summary = "Accept an invitation from the caller's list")
  LedgerResponse acceptListed(@SignedIn UserId person, @PathVariable UUID id) {
    return LedgerResponse.of(invitations.acceptListed(person, id));
  }

  @PostMapping("/{id}/decline")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Decline an invitation from the caller's list")
  void declineListed(@SignedIn UserId person, @PathVariable UUID id) {
    invitations.declineListed(person, id);
  }
}
