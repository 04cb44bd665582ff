package com.spendwise.notification;

import java.time.Instant;
import java.util.UUID;

public record Notification(
    UUID id,
    NotificationType type,
    String message,
    Subject subject,
    boolean read,
    Instant createdAt,
    Instant updatedAt) {}
