package com.spendwise.notification;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** A notification; {@code data} is empty for one written before pages rendered them. */
public record Notification(
    UUID id,
    NotificationType type,
    String message,
    Subject subject,
    boolean read,
    Instant createdAt,
    Instant updatedAt,
    Map<String, String> data) {}
