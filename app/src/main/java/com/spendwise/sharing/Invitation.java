package com.spendwise.sharing;

import com.spendwise.user.UserId;
import java.time.Instant;
import java.util.UUID;

/** An invitation to a shared ledger, addressed to an email, pending until answered or expired. */
public record Invitation(
    UUID id,
    UserId ledger,
    String ledgerName,
    String email,
    Role role,
    String invitedBy,
    Instant createdAt,
    Instant expiresAt) {}
