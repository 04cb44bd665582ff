package com.spendwise.auth;

import java.time.Instant;

/** A passkey of the signed-in account: its credential id (base64url), name and use. */
public record Passkey(String id, String label, Instant created, Instant lastUsed) {}
