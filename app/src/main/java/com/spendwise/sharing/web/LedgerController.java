package com.spendwise.sharing.web;

import com.spendwise.sharing.Invitation;
import com.spendwise.sharing.Invitations;
import com.spendwise.sharing.Ledger;
import com.spendwise.sharing.Member;
import com.spendwise.sharing.NewInvitation;
import com.spendwise.sharing.Role;
import com.spendwise.sharing.SharedLedgers;
import com.spendwise.user.SignedIn;
import com.spendwise.user.UserId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Ledgers, members and their invitations. These act on the ledger in the path, for the signed-in
 * person; the {@code SpendWise-Ledger} header has no part in them.
 */
@RestController
@RequestMapping(path = LedgerController.PATH, produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(
    name = "Ledgers",
    description =
        "The caller's own ledger and the shared ones they belong to. Any other request acts on the"
            + " caller's own ledger unless its SpendWise-Ledger header names a shared one.")
class LedgerController {

  static final String PATH = "/api/v1/ledgers";

  private final SharedLedgers ledgers;
  private final Invitations invitations;

  LedgerController(SharedLedgers ledgers, Invitations invitations) {
    this.ledgers = ledgers;
    this.invitations = invitations;
  }

  @Schema(name = "LedgerRequest")
  record LedgerRequest(@Schema(example = "Nhà mình") String name) {}

  @Schema(name = "Ledger")
  record LedgerResponse(
      UUID id,
      @Schema(description = "The ledger's name; a personal ledger's is its person's display name")
          String name,
      @Schema(description = "The caller's own ledger") boolean personal,
      Role role,
      @Schema(example = "VND") String currency) {

    static LedgerResponse of(Ledger l) {
      return new LedgerResponse(l.id().value(), l.name(), l.personal(), l.role(), l.currency());
    }
  }

  @Schema(name = "LedgerList")
  record LedgerList(List<LedgerResponse> items) {}

  @Schema(name = "Member")
  record MemberResponse(UUID userId, String name, String email, Role role, Instant joinedAt) {

    static MemberResponse of(Member m) {
      return new MemberResponse(m.user().value(), m.name(), m.email(), m.role(), m.joinedAt());
    }
  }

  @Schema(name = "MemberList")
  record MemberList(List<MemberResponse> items) {}

  @Schema(name = "RoleRequest")
  record RoleRequest(Role role) {}

  @Schema(name = "InvitationRequest")
  record InvitationRequest(@Schema(example = "lan@example.com") String email, Role role) {}

  @Schema(name = "Invitation")
  record InvitationResponse(
      UUID id,
      UUID ledgerId,
      String ledgerName,
      String email,
      Role role,
      String invitedBy,
      Instant createdAt,
      Instant expiresAt,
      @Schema(description = "Only in the answer that created it: the secret to accept it with")
          String token) {

    static InvitationResponse of(Invitation i, String token) {
      return new InvitationResponse(
          i.id(),
          i.ledger().value(),
          i.ledgerName(),
          i.email(),
          i.role(),
          i.invitedBy(),
          i.createdAt(),
          i.expiresAt(),
          token);
    }
  }

  @Schema(name = "InvitationList")
  record InvitationList(List<InvitationResponse> items) {}

  @GetMapping
  @Operation(summary = "The caller's ledgers (their own first) with their role in each")
  LedgerList list(@SignedIn UserId person) {
    return new LedgerList(ledgers.ledgersOf(person).stream().map(LedgerResponse::of).toList());
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Create a shared ledger; the caller is its owner")
  ResponseEntity<LedgerResponse> create(
      @SignedIn UserId person, @RequestBody LedgerRequest request) {
    Ledger ledger = ledgers.create(person, request.name());
    return ResponseEntity.created(URI.create(PATH + "/" + ledger.id()))
        .body(LedgerResponse.of(ledger));
  }

  @GetMapping("/{id}")
  LedgerResponse get(@SignedIn UserId person, @PathVariable UUID id) {
    return LedgerResponse.of(ledgers.get(person, id));
  }

  @PatchMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Rename a shared ledger (owners)")
  LedgerResponse rename(
      @SignedIn UserId person, @PathVariable UUID id, @RequestBody LedgerRequest request) {
    return LedgerResponse.of(ledgers.rename(person, id, request.name()));
  }

  @DeleteMapping("/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Delete a shared ledger with everything recorded in it (owners)")
  void delete(@SignedIn UserId person, @PathVariable UUID id) {
    ledgers.delete(person, id);
  }

  @GetMapping("/{id}/members")
  MemberList members(@SignedIn UserId person, @PathVariable UUID id) {
    return new MemberList(ledgers.members(person, id).stream().map(MemberResponse::of).toList());
  }

  @PutMapping(path = "/{id}/members/{userId}/role", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Change a member's role (owners); a ledger keeps at least one owner")
  MemberResponse changeRole(
      @SignedIn UserId person,
      @PathVariable UUID id,
      @PathVariable UUID userId,
      @RequestBody RoleRequest request) {
    if (request.role() == null) {
      throw com.spendwise.shared.ProblemException.invalidField(
          "role", "required", "Must be OWNER, EDITOR or VIEWER.");
    }
    return MemberResponse.of(ledgers.changeRole(person, id, userId, request.role()));
  }

  @DeleteMapping("/{id}/members/{userId}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Remove a member (owners), or leave when it is the caller")
  void remove(@SignedIn UserId person, @PathVariable UUID id, @PathVariable UUID userId) {
    ledgers.remove(person, id, userId);
  }

  @PostMapping("/{id}/leave")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(
      summary = "Leave a shared ledger",
      description =
          "The last owner's leaving hands the ledger to the earliest-joined editor (else viewer);"
              + " a ledger nobody else is in is deleted.")
  void leave(@SignedIn UserId person, @PathVariable UUID id) {
    ledgers.leave(person, id);
  }

  @PostMapping(path = "/{id}/invitations", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Invite an email (owners); the answer carries the token, once")
  ResponseEntity<InvitationResponse> invite(
      @SignedIn UserId person, @PathVariable UUID id, @RequestBody InvitationRequest request) {
    NewInvitation created = invitations.invite(person, id, request.email(), request.role());
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(InvitationResponse.of(created.invitation(), created.token()));
  }

  @GetMapping("/{id}/invitations")
  @Operation(summary = "A ledger's open invitations (owners)")
  InvitationList invitations(@SignedIn UserId person, @PathVariable UUID id) {
    return new InvitationList(
        invitations.ofLedger(person, id).stream()
            .map(i -> InvitationResponse.of(i, null))
            .toList());
  }

  @DeleteMapping("/{id}/invitations/{invitationId}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Revoke an open invitation (owners)")
  void revoke(@SignedIn UserId person, @PathVariable UUID id, @PathVariable UUID invitationId) {
    invitations.revoke(person, id, invitationId);
  }
}
