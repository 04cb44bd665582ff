package com.spendwise.shared;

import java.util.Optional;
import java.util.UUID;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The person acting in this request, when they act on a ledger that is not their own (a shared
 * ledger). The request resolves it once; {@link ActorTransactionManager} names it to PostgreSQL at
 * the start of every writing transaction, where a trigger records it as the rows' creator or last
 * editor, and idempotency keys are kept per actor. Empty outside a request and in a personal
 * ledger.
 */
public final class Acting {

  private static final String ACTOR = Acting.class.getName() + ".actor";

  private Acting() {}

  /** Notes that {@code actor} is acting on {@code ledger} in the current request. */
  public static void note(UUID actor, UUID ledger) {
    RequestAttributes request = RequestContextHolder.getRequestAttributes();
    if (request == null) {
      return;
    }
    if (actor.equals(ledger)) {
      request.removeAttribute(ACTOR, RequestAttributes.SCOPE_REQUEST);
    } else {
      request.setAttribute(ACTOR, actor, RequestAttributes.SCOPE_REQUEST);
    }
  }

  /** The person acting on a ledger not their own in this request, if any. */
  public static Optional<UUID> actor() {
    RequestAttributes request = RequestContextHolder.getRequestAttributes();
    return request != null
            && request.getAttribute(ACTOR, RequestAttributes.SCOPE_REQUEST) instanceof UUID actor
        ? Optional.of(actor)
        : Optional.empty();
  }
}
