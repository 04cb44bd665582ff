package com.spendwise.notification;

import com.spendwise.user.UserId;
import java.util.Map;

/**
 * A notification another module sends, in its own database transaction. {@code message} is the
 * API's English text; {@code data} holds the values (names, decimal amounts, dates, a reason code)
 * from which the pages write it again in the reader's language. {@code ledger}: the shared ledger
 * it is about, when {@code user} is one of its members.
 */
public record NotificationDraft(
    UserId user,
    NotificationType type,
    String message,
    Subject subject,
    Map<String, String> data,
    UserId ledger) {

  public NotificationDraft {
    data = data == null ? Map.of() : Map.copyOf(data);
  }

  /** A notification about the recipient's own ledger. */
  public NotificationDraft(
      UserId user,
      NotificationType type,
      String message,
      Subject subject,
      Map<String, String> data) {
    this(user, type, message, subject, data, null);
  }

  /** This notification sent to a member of the shared ledger it is about. */
  NotificationDraft toMember(UserId member) {
    return new NotificationDraft(member, type, message, subject, data, user);
  }
}
