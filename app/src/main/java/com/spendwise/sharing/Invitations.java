package com.spendwise.sharing;

import com.spendwise.notification.NotificationDraft;
import com.spendwise.notification.NotificationService;
import com.spendwise.notification.NotificationType;
import com.spendwise.shared.ProblemException;
import com.spendwise.sharing.internal.InvitationRepository;
import com.spendwise.sharing.internal.MemberRepository;
import com.spendwise.user.LedgerAccounts;
import com.spendwise.user.UserId;
import com.spendwise.user.UserProfile;
import com.spendwise.user.UserService;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitations to shared ledgers, by email. One is used once (accepted, declined or revoked), only
 * by the person signed in with its email, and only within {@link #VALID_FOR}. An address with no
 * account yet is invited all the same: the person sees it once they register with it.
 */
@Service
public class Invitations {

  public static final Duration VALID_FOR = Duration.ofDays(7);

  private static final SecureRandom RANDOM = new SecureRandom();

  private final InvitationRepository invitations;
  private final MemberRepository members;
  private final SharedLedgers ledgers;
  private final UserService users;
  private final LedgerAccounts accounts;
  private final NotificationService notifications;
  private final Clock clock;

  Invitations(
      InvitationRepository invitations,
      MemberRepository members,
      SharedLedgers ledgers,
      UserService users,
      LedgerAccounts accounts,
      NotificationService notifications,
      Clock clock) {
    this.invitations = invitations;
    this.members = members;
    this.ledgers = ledgers;
    this.users = users;
    this.accounts = accounts;
    this.notifications = notifications;
    this.clock = clock;
  }

  /** An owner invites an email to a ledger with a role. */
  @Transactional
  public NewInvitation invite(UserId person, UUID ledger, String email, Role role) {
    UserId id = ledgers.owned(person, ledger);
    String address = email == null ? "" : email.strip();
    if (!address.matches("[^@\\s]+@[^@\\s]+") || address.length() > 254) {
      throw ProblemException.invalidField("email", "email", "Must be an email address.");
    }
    if (role == null) {
      throw ProblemException.invalidField("role", "required", "Must be OWNER, EDITOR or VIEWER.");
    }
    members.lock(id);
    List<Member> current = members.members(id);
    if (current.stream().anyMatch(m -> address.equalsIgnoreCase(m.email()))) {
      throw ProblemException.conflict("already-member", "This person is a member already.");
    }
    refuseIfFull(current);
    Instant now = clock.instant();
    if (invitations.pendingOf(id, now).size() >= InvitationRepository.MAX_PENDING) {
      throw new ProblemException(
          HttpStatus.UNPROCESSABLE_CONTENT,
          "limit-reached",
          "A ledger may have at most " + InvitationRepository.MAX_PENDING + " open invitations.");
    }
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    UUID created =
        invitations.insert(id, address, role, hash(token), person, now, now.plus(VALID_FOR));
    Invitation invitation = invitations.find(created).orElseThrow();
    accounts.idByEmail(address).ifPresent(invitee -> notify(invitee, invitation));
    return new NewInvitation(invitation, token);
  }

  /** The open invitations of a ledger, for its owners. */
  @Transactional(readOnly = true)
  public List<Invitation> ofLedger(UserId person, UUID ledger) {
    return invitations.pendingOf(ledgers.owned(person, ledger), clock.instant());
  }

  @Transactional
  public void revoke(UserId person, UUID ledger, UUID invitation) {
    UserId id = ledgers.owned(person, ledger);
    boolean revoked =
        invitations.find(invitation).filter(i -> i.ledger().equals(id)).isPresent()
            && invitations.answer(invitation, "REVOKED", clock.instant());
    if (!revoked) {
      throw ProblemException.notFound("The invitation");
    }
  }

  /** The open invitations addressed to the person's email. */
  @Transactional(readOnly = true)
  public List<Invitation> forPerson(UserId person) {
    String email = users.get(person).email();
    return email == null ? List.of() : invitations.pendingFor(email, clock.instant());
  }

  /** Accepts an invitation by its token; the person becomes a member with its role. */
  @Transactional
  public Ledger accept(UserId person, String token) {
    return answer(person, stored(token), true);
  }

  @Transactional
  public void decline(UserId person, String token) {
    answer(person, stored(token), false);
  }

  /** Accepts an invitation from the person's own list (addressed to their email). */
  @Transactional
  public Ledger acceptListed(UserId person, UUID invitation) {
    return answer(person, listed(person, invitation), true);
  }

  @Transactional
  public void declineListed(UserId person, UUID invitation) {
    answer(person, listed(person, invitation), false);
  }

  /** Tells a person who just registered of the invitations waiting for their email. */
  @Transactional
  public void welcome(UserId person) {
    forPerson(person).forEach(invitation -> notify(person, invitation));
  }

  private InvitationRepository.Stored stored(String token) {
    return invitations
        .findByToken(hash(token == null ? "" : token))
        .orElseThrow(() -> ProblemException.notFound("The invitation"));
  }

  private InvitationRepository.Stored listed(UserId person, UUID id) {
    String email = users.get(person).email();
    return invitations
        .find(id)
        .filter(i -> email != null && i.email().equalsIgnoreCase(email))
        .flatMap(i -> invitations.findStored(i.id()))
        .orElseThrow(() -> ProblemException.notFound("The invitation"));
  }

  private Ledger answer(UserId person, InvitationRepository.Stored stored, boolean accept) {
    Invitation invitation = stored.invitation();
    UserProfile profile = users.get(person);
    if (!stored.answer().isEmpty()) {
      throw new ProblemException(
          HttpStatus.GONE, "invitation-used", "This invitation was used or revoked already.");
    }
    if (!clock.instant().isBefore(invitation.expiresAt())) {
      throw new ProblemException(
          HttpStatus.GONE, "invitation-expired", "This invitation has expired; ask for a new one.");
    }
    if (profile.email() == null || !profile.email().equalsIgnoreCase(invitation.email())) {
      throw new ProblemException(
          HttpStatus.FORBIDDEN,
          "invitation-for-another-email",
          "This invitation is for another email address than the one you signed in with.");
    }
    if (!invitations.answer(invitation.id(), accept ? "ACCEPTED" : "DECLINED", clock.instant())) {
      throw new ProblemException(
          HttpStatus.GONE, "invitation-used", "This invitation was used or revoked already.");
    }
    if (!accept) {
      return null;
    }
    members.lock(invitation.ledger());
    refuseIfFull(members.members(invitation.ledger()));
    members.add(invitation.ledger(), person, invitation.role());
    LedgerAccess.forget(person, invitation.ledger().value());
    return ledgers.get(person, invitation.ledger().value());
  }

  /** A ledger's members fit on its page: at most {@link MemberRepository#MAX_MEMBERS}. */
  private static void refuseIfFull(List<Member> current) {
    if (current.size() >= MemberRepository.MAX_MEMBERS) {
      throw new ProblemException(
          HttpStatus.UNPROCESSABLE_CONTENT,
          "limit-reached",
          "A shared ledger may have at most " + MemberRepository.MAX_MEMBERS + " members.");
    }
  }

  private void notify(UserId invitee, Invitation invitation) {
    String by = invitation.invitedBy() == null ? "A former member" : invitation.invitedBy();
    notifications.send(
        new NotificationDraft(
            invitee,
            NotificationType.LEDGER_INVITATION,
            by
                + " invited you to the shared ledger "
                + invitation.ledgerName()
                + " as "
                + invitation.role().name().toLowerCase()
                + ".",
            null,
            Map.of(
                "invitedBy", by,
                "ledger", invitation.ledgerName(),
                "role", invitation.role().name())));
  }

  private static String hash(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JRE", e);
    }
  }
}
