package com.spendwise.notification;

import com.spendwise.notification.internal.NotificationRepository;
import com.spendwise.user.UserId;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * A backup's notifications going back in (for the exchange module's restore): as the backup has
 * them, read or not, under new ids.
 */
@Service
public class NotificationRestore {

  private final NotificationRepository notifications;

  NotificationRestore(NotificationRepository notifications) {
    this.notifications = notifications;
  }

  /** Removes the user's notifications, which a restore replaces. */
  public void removeAll(UserId user) {
    notifications.deleteAll(user);
  }

  /** A notification pointing to {@code subject}: the new id of its budget, goal, rule or entry. */
  public void restore(UserId user, Notification notification, UUID subject) {
    notifications.restore(user, notification, subject);
  }
}
