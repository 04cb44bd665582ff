package com.spendwise.notification;

import com.spendwise.notification.internal.NotificationRepository;
import com.spendwise.shared.Page;
import com.spendwise.shared.PageRequest;
import com.spendwise.shared.ProblemException;
import com.spendwise.user.UserId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A user's notifications. Other modules send them inside their own database transaction (see {@link
 * #send}), so a notification exists exactly when the change it reports was committed.
 */
@Service
public class NotificationService {

  private final NotificationRepository notifications;
  private final ObjectProvider<Recipients> recipients;

  NotificationService(NotificationRepository notifications, ObjectProvider<Recipients> recipients) {
    this.notifications = notifications;
    this.recipients = recipients;
  }

  /**
   * Stores notifications as part of the caller's transaction, which must exist. One addressed to a
   * shared ledger reaches each of its members as a row of their own, so each reads it on their own.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void send(List<NotificationDraft> drafts) {
    if (drafts.isEmpty()) {
      return;
    }
    Recipients shared = recipients.getIfAvailable();
    Map<UserId, List<UserId>> members =
        shared == null
            ? Map.of()
            : shared.membersOf(drafts.stream().map(NotificationDraft::user).distinct().toList());
    List<NotificationDraft> delivered = new ArrayList<>();
    for (NotificationDraft draft : drafts) {
      List<UserId> to = members.get(draft.user());
      if (to == null) {
        delivered.add(draft);
      } else {
        to.forEach(member -> delivered.add(draft.toMember(member)));
      }
    }
    if (!delivered.isEmpty()) {
      notifications.insert(delivered);
    }
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public void send(NotificationDraft draft) {
    send(List.of(draft));
  }

  @Transactional(readOnly = true)
  public Page<Notification> list(UserId user, boolean unreadOnly, PageRequest page) {
    return notifications.page(user, unreadOnly, page);
  }

  @Transactional(readOnly = true)
  public long unreadCount(UserId user) {
    return notifications.unreadCount(user);
  }

  @Transactional
  public Notification markRead(UserId user, UUID id) {
    return notifications.markRead(user, id).orElseThrow(NotificationService::notFound);
  }

  /** Marks every unread notification read; returns how many changed. */
  @Transactional
  public int markAllRead(UserId user) {
    return notifications.markAllRead(user);
  }

  @Transactional
  public void delete(UserId user, UUID id) {
    if (!notifications.delete(user, id)) {
      throw notFound();
    }
  }

  static ProblemException notFound() {
    return ProblemException.notFound("The notification");
  }

  // What a restore of a backup writes (for the exchange module): rows as the backup has them,
  // under the ids the restore chose, without the reactions of a create.

  /** Removes the user's notifications, which a restore replaces. */
  public void removeAllForRestore(UserId user) {
    notifications.deleteAll(user);
  }

  /** A notification pointing to {@code subject}: the new id of its budget, goal, rule or entry. */
  public void restore(UserId user, Notification notification, UUID subject) {
    notifications.restore(user, notification, subject);
  }
}
