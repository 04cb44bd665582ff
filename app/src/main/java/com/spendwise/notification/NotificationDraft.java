package com.spendwise.notification;

import com.spendwise.user.UserId;
import java.util.Map;

/**
 * A notification another module sends, in its own database transaction. {@code message} is the
 * API's English text; {@code data} holds the values (names, decimal amounts, dates, a reason code)
 * from which the pages write it again in the reader's language.
 */
public record NotificationDraft(
    UserId user, NotificationType type, String message, Subject subject, Map<String, String> data) {

  public NotificationDraft {
    data = data == null ? Map.of() : Map.copyOf(data);
  }
}
