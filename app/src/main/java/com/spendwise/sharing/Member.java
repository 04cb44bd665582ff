package com.spendwise.sharing;

import com.spendwise.user.UserId;
import java.time.Instant;

/** A member of a shared ledger. {@code name} is their display name, else their email. */
public record Member(UserId user, String name, String email, Role role, Instant joinedAt) {}
