package com.spendwise.sharing.internal;

import com.spendwise.sharing.Invitations;
import com.spendwise.sharing.SharedLedgers;
import com.spendwise.user.AccountDeleting;
import com.spendwise.user.UserProvisioned;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Memberships follow accounts, in the transaction that changes the account: a deleted person's
 * ledgers are handed over (or deleted when nobody else is in them) before their memberships go with
 * their row; a new person learns of the invitations waiting for their email.
 */
@Component
class MembershipEvents {

  private final SharedLedgers ledgers;
  private final Invitations invitations;

  MembershipEvents(SharedLedgers ledgers, Invitations invitations) {
    this.ledgers = ledgers;
    this.invitations = invitations;
  }

  @EventListener
  void accountDeleting(AccountDeleting event) {
    ledgers.settleOwnerships(event.user());
  }

  @EventListener
  void provisioned(UserProvisioned event) {
    invitations.welcome(event.user());
  }
}
