package com.spendwise.sharing;

import com.spendwise.shared.FieldProblem;
import com.spendwise.shared.ProblemException;
import com.spendwise.sharing.internal.MemberRepository;
import com.spendwise.user.LedgerAccounts;
import com.spendwise.user.UserId;
import com.spendwise.user.UserProfile;
import com.spendwise.user.UserService;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Shared ledgers and their members. A ledger always has an owner: when its last owner leaves (or
 * deletes their account) it passes to the earliest-joined editor, else the earliest-joined viewer,
 * and when nobody else is in it, it is deleted with everything recorded in it.
 */
@Service
public class SharedLedgers {

  private final MemberRepository members;
  private final LedgerAccess access;
  private final UserService users;
  private final LedgerAccounts accounts;

  SharedLedgers(
      MemberRepository members, LedgerAccess access, UserService users, LedgerAccounts accounts) {
    this.members = members;
    this.access = access;
    this.users = users;
    this.accounts = accounts;
  }

  @Transactional
  public Ledger create(UserId person, String name) {
    String clean = validName(name);
    if (members.countOf(person) >= MemberRepository.MAX_LEDGERS) {
      throw new ProblemException(
          HttpStatus.UNPROCESSABLE_CONTENT,
          "limit-reached",
          "A person may belong to at most " + MemberRepository.MAX_LEDGERS + " shared ledgers.");
    }
    UserProfile ledger = accounts.createLedger(person, clean);
    members.insertLedger(ledger.id(), person);
    return new Ledger(ledger.id(), clean, false, Role.OWNER, ledger.defaultCurrency());
  }

  /** The person's own ledger first, then the shared ones they belong to, by name. */
  @Transactional(readOnly = true)
  public List<Ledger> ledgersOf(UserId person) {
    UserProfile own = users.get(person);
    List<Ledger> all = new ArrayList<>();
    String name = own.displayName() != null ? own.displayName() : own.email();
    all.add(new Ledger(person, name, true, Role.OWNER, own.defaultCurrency()));
    all.addAll(members.ledgersOf(person));
    return all;
  }

  /** A ledger the person belongs to; another's is not found. */
  @Transactional(readOnly = true)
  public Ledger get(UserId person, UUID ledger) {
    return ledgersOf(person).stream()
        .filter(l -> l.id().value().equals(ledger))
        .findFirst()
        .orElseThrow(SharedLedgers::notFound);
  }

  @Transactional
  public Ledger rename(UserId person, UUID ledger, String name) {
    UserId id = owned(person, ledger);
    accounts.rename(id, validName(name));
    return get(person, ledger);
  }

  /** Deletes a shared ledger with everything recorded in it. */
  @Transactional
  public void delete(UserId person, UUID ledger) {
    accounts.deleteLedger(owned(person, ledger));
  }

  @Transactional(readOnly = true)
  public List<Member> members(UserId person, UUID ledger) {
    UserId id = shared(person, ledger);
    return members.members(id);
  }

  @Transactional
  public Member changeRole(UserId person, UUID ledger, UUID member, Role role) {
    UserId id = owned(person, ledger);
    members.lock(id);
    UserId target = new UserId(member);
    Member current = memberOf(id, target);
    if (current.role() == Role.OWNER && role != Role.OWNER && ownerCount(id) == 1) {
      throw lastOwner();
    }
    members.setRole(id, target, role);
    LedgerAccess.forget(target, ledger);
    return memberOf(id, target);
  }

  /** An owner removes a member; removing oneself is leaving. */
  @Transactional
  public void remove(UserId person, UUID ledger, UUID member) {
    if (person.value().equals(member)) {
      leave(person, ledger);
      return;
    }
    UserId id = owned(person, ledger);
    members.lock(id);
    memberOf(id, new UserId(member));
    members.remove(id, new UserId(member));
    LedgerAccess.forget(new UserId(member), ledger);
  }

  /**
   * The person leaves a shared ledger. The last owner hands it over (see the class comment); what
   * happened is returned: {@code HANDED_OVER}, {@code DELETED} or {@code LEFT}.
   */
  @Transactional
  public Departure leave(UserId person, UUID ledger) {
    UserId id = shared(person, ledger);
    Departure departure = depart(id, person);
    LedgerAccess.forget(person, ledger);
    return departure;
  }

  /** What leaving did to the ledger. */
  public enum Departure {
    LEFT,
    HANDED_OVER,
    DELETED
  }

  /** Settles every ledger the person solely owns, before their account is deleted. */
  @Transactional
  public void settleOwnerships(UserId person) {
    for (UserId ledger : members.soleOwnerships(person)) {
      depart(ledger, person);
    }
  }

  private Departure depart(UserId ledger, UserId person) {
    members.lock(ledger);
    List<Member> all = members.members(ledger);
    Optional<Member> me = all.stream().filter(m -> m.user().equals(person)).findFirst();
    if (me.isEmpty()) {
      throw notFound();
    }
    List<Member> others = all.stream().filter(m -> !m.user().equals(person)).toList();
    if (others.isEmpty()) {
      accounts.deleteLedger(ledger);
      return Departure.DELETED;
    }
    Departure departure = Departure.LEFT;
    if (me.get().role() == Role.OWNER && others.stream().noneMatch(m -> m.role() == Role.OWNER)) {
      Member heir =
          others.stream().filter(m -> m.role() == Role.EDITOR).findFirst().orElse(others.get(0));
      members.setRole(ledger, heir.user(), Role.OWNER);
      departure = Departure.HANDED_OVER;
    }
    members.remove(ledger, person);
    return departure;
  }

  private long ownerCount(UserId ledger) {
    return members.members(ledger).stream().filter(m -> m.role() == Role.OWNER).count();
  }

  private Member memberOf(UserId ledger, UserId member) {
    return members.members(ledger).stream()
        .filter(m -> m.user().equals(member))
        .findFirst()
        .orElseThrow(() -> ProblemException.notFound("The member"));
  }

  /** A shared ledger the person belongs to, with any role. */
  UserId shared(UserId person, UUID ledger) {
    if (person.value().equals(ledger) || access.roleOf(person, ledger).isEmpty()) {
      throw notFound();
    }
    return new UserId(ledger);
  }

  /** A shared ledger the person owns: a member who is not an owner is refused, others not found. */
  UserId owned(UserId person, UUID ledger) {
    UserId id = shared(person, ledger);
    if (access.roleOf(person, ledger).orElseThrow() != Role.OWNER) {
      throw ownersOnly();
    }
    return id;
  }

  static ProblemException ownersOnly() {
    return new ProblemException(
        HttpStatus.FORBIDDEN, "owners-only", "Only the ledger's owners may do this.");
  }

  private static ProblemException lastOwner() {
    return new ProblemException(
        HttpStatus.CONFLICT,
        "last-owner",
        "A ledger keeps at least one owner: make another member an owner first.");
  }

  static ProblemException notFound() {
    return ProblemException.notFound("The ledger");
  }

  private static String validName(String name) {
    String clean = name == null ? "" : name.strip();
    if (clean.isEmpty() || clean.length() > 100) {
      throw ProblemException.invalidFields(
          List.of(new FieldProblem("name", "size", "Must be 1 to 100 characters.")));
    }
    return clean;
  }
}
