package com.spendwise.notification;

import com.spendwise.user.UserId;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A notification; {@code data} is empty for one written before pages rendered them; {@code ledger}
 * is the shared ledger it is about, null for the reader's own.
 */
public record Notification(
    UUID id,
    NotificationType type,
    String message,
    Subject subject,
    boolean read,
    Instant createdAt,
    Instant updatedAt,
    Map<String, String> data,
    UserId ledger) {}
