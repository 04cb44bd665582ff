package com.spendwise.auth.internal;

import com.spendwise.notification.NotificationDraft;
import com.spendwise.notification.NotificationService;
import com.spendwise.notification.NotificationType;
import com.spendwise.user.UserService;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Tells a person what happened to their account, in their notifications. */
@Component
class AccountNotices {

  private final UserService users;
  private final NotificationService notifications;

  AccountNotices(UserService users, NotificationService notifications) {
    this.users = users;
    this.notifications = notifications;
  }

  void passwordChanged(UUID subject, String email) {
    notifications.send(
        new NotificationDraft(
            users.idOf(subject.toString(), email, "en"),
            NotificationType.PASSWORD_CHANGED,
            "Your password was changed; every other session was signed out.",
            null,
            Map.of("event", "password-changed")));
  }

  void newDevice(UUID subject, String email, Requester from) {
    notifications.send(
        new NotificationDraft(
            users.idOf(subject.toString(), email, "en"),
            NotificationType.NEW_SIGN_IN,
            "A sign-in from a new device: "
                + from.device()
                + ", from address "
                + from.address()
                + ". If it was not you, change your password and end that session.",
            null,
            Map.of("device", from.device(), "address", from.address())));
  }
}
