package com.spendwise.notification.web;

import com.spendwise.notification.Notification;
import com.spendwise.notification.NotificationService;
import com.spendwise.notification.NotificationType;
import com.spendwise.shared.Page;
import com.spendwise.shared.PageRequest;
import com.spendwise.user.SignedIn;
import com.spendwise.user.UserId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = NotificationController.PATH, produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Notifications", description = "Budget alerts, goals reached, recurring runs")
class NotificationController {

  static final String PATH = "/api/v1/notifications";

  private final NotificationService notifications;

  NotificationController(NotificationService notifications) {
    this.notifications = notifications;
  }

  @Schema(name = "Notification")
  record NotificationResponse(
      UUID id,
      NotificationType type,
      String message,
      @Schema(description = "The budget, goal, recurring rule or transaction it is about")
          String link,
      boolean read,
      Instant createdAt,
      @Schema(
              description =
                  "The shared ledger it is about (name it in SpendWise-Ledger to follow the link);"
                      + " null for the reader's own")
          UUID ledgerId) {

    static NotificationResponse of(Notification n) {
      return new NotificationResponse(
          n.id(),
          n.type(),
          n.message(),
          n.subject() == null ? null : n.subject().link(),
          n.read(),
          n.createdAt(),
          n.ledger() == null ? null : n.ledger().value());
    }
  }

  @Schema(name = "NotificationPage")
  record NotificationPage(List<NotificationResponse> items, String nextCursor) {}

  record UnreadCount(long count) {}

  record Updated(int updated) {}

  @GetMapping
  @Operation(summary = "The user's notifications, newest first")
  NotificationPage list(
      @SignedIn UserId user,
      @RequestParam(defaultValue = "false") boolean unread,
      @RequestParam(required = false) Integer limit,
      @RequestParam(required = false) String cursor) {
    Page<NotificationResponse> page =
        notifications
            .list(user, unread, PageRequest.of(limit, cursor))
            .map(NotificationResponse::of);
    return new NotificationPage(page.items(), page.nextCursor());
  }

  @GetMapping("/unread-count")
  @Operation(summary = "How many notifications are unread")
  UnreadCount unreadCount(@SignedIn UserId user) {
    return new UnreadCount(notifications.unreadCount(user));
  }

  @PostMapping("/{id}/read")
  @Operation(summary = "Mark one notification read (again is harmless)")
  NotificationResponse markRead(@SignedIn UserId user, @PathVariable UUID id) {
    return NotificationResponse.of(notifications.markRead(user, id));
  }

  @PostMapping("/read-all")
  @Operation(summary = "Mark every notification read")
  Updated markAllRead(@SignedIn UserId user) {
    return new Updated(notifications.markAllRead(user));
  }

  @DeleteMapping("/{id}")
  @Operation(summary = "Delete a notification")
  ResponseEntity<Void> delete(@SignedIn UserId user, @PathVariable UUID id) {
    notifications.delete(user, id);
    return ResponseEntity.noContent().build();
  }
}
