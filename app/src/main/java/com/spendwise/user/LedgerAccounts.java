package com.spendwise.user;

import com.spendwise.shared.ProblemException;
import com.spendwise.user.internal.UserRepository;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The users rows of shared ledgers (users nobody signs in to), for the sharing module: created,
 * renamed and deleted here; and who signs in with an email, for its invitations.
 */
@Service
public class LedgerAccounts {

  private final UserRepository users;
  private final ApplicationEventPublisher events;

  LedgerAccounts(UserRepository users, ApplicationEventPublisher events) {
    this.users = users;
    this.events = events;
  }

  /**
   * Creates the row of a shared ledger named {@code name}: a user nobody signs in to, with the
   * currency, time zone and language of its creator, and the starting data of a new user, in the
   * caller's transaction.
   */
  @Transactional
  public UserProfile createLedger(UserId creator, String name) {
    UserProfile from =
        users.findById(creator).orElseThrow(() -> ProblemException.notFound("The user"));
    UserProfile ledger = users.insertLedger(from, name);
    events.publishEvent(
        new UserProvisioned(ledger.id(), from.language() == null ? "en" : from.language()));
    return ledger;
  }

  /** Renames a shared ledger (its display name is its name). */
  @Transactional
  public void rename(UserId ledger, String name) {
    UserService.forget(ledger);
    users.rename(ledger, name);
  }

  /** The person who signs in with this email, if anyone does yet. */
  @Transactional(readOnly = true)
  public Optional<UserId> idByEmail(String email) {
    return users.idByEmail(email);
  }

  /** Deletes a shared ledger's row and everything recorded in it, in the caller's transaction. */
  @Transactional
  public void deleteLedger(UserId ledger) {
    UserService.forget(ledger);
    users.deleteLedger(ledger);
  }
}
