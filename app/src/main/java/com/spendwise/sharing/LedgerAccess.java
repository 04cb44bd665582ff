package com.spendwise.sharing;

import com.spendwise.sharing.internal.MemberRepository;
import com.spendwise.user.UserId;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * A person's role in a ledger: theirs is their own (owner), a shared one's comes from one lookup of
 * the membership's primary key, remembered for the current request only, so a removed member is
 * refused from their very next request.
 */
@Component
public class LedgerAccess {

  private static final String KEY = LedgerAccess.class.getName() + ".";

  private final MemberRepository members;

  LedgerAccess(MemberRepository members) {
    this.members = members;
  }

  /** The person's role in the ledger; empty when they are not a member (or it does not exist). */
  public Optional<Role> roleOf(UserId person, UUID ledger) {
    if (person.value().equals(ledger)) {
      return Optional.of(Role.OWNER);
    }
    RequestAttributes request = RequestContextHolder.getRequestAttributes();
    String key = KEY + person.value() + "." + ledger;
    if (request != null
        && request.getAttribute(key, RequestAttributes.SCOPE_REQUEST) instanceof Role known) {
      return Optional.of(known);
    }
    Optional<Role> role = members.role(person, ledger);
    if (request != null) {
      role.ifPresent(r -> request.setAttribute(key, r, RequestAttributes.SCOPE_REQUEST));
    }
    return role;
  }

  /** Forgets the request's remembered roles of this person (after their membership changed). */
  static void forget(UserId person, UUID ledger) {
    RequestAttributes request = RequestContextHolder.getRequestAttributes();
    if (request != null) {
      request.removeAttribute(KEY + person.value() + "." + ledger, RequestAttributes.SCOPE_REQUEST);
    }
  }
}
