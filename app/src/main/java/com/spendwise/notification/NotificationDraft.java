package com.spendwise.notification;

import com.spendwise.user.UserId;

/** A notification another module sends, in its own database transaction. */
public record NotificationDraft(
    UserId user, NotificationType type, String message, Subject subject) {}
