package com.spendwise.auth;

import java.time.Instant;

/**
 * A web session of the signed-in account: {@code handle} names it without being the session's
 * cookie value (a digest of it), so a page can end it without showing the secret.
 */
public record WebSession(
    String handle,
    String device,
    String address,
    Instant started,
    Instant lastSeen,
    boolean current) {}
