package com.spendwise.notification.ui;

import com.spendwise.notification.Notification;
import com.spendwise.notification.NotificationService;
import com.spendwise.notification.NotificationText;
import com.spendwise.shared.Page;
import com.spendwise.shared.PageRequest;
import com.spendwise.shared.ui.Feedback;
import com.spendwise.shared.ui.PageController;
import com.spendwise.user.SignedIn;
import com.spendwise.user.UserId;
import com.spendwise.user.UserService;
import com.spendwise.wallet.Wallet;
import com.spendwise.wallet.WalletService;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The notifications page: unread ones first, then the earlier ones a page at a time; mark one or
 * all read, delete one. Each says what happened in the reader's language and links to its page.
 */
@PageController
class NotificationPages {

  static final int UNREAD_SHOWN = 100;
  static final int EARLIER_PAGE = 50;

  private final NotificationService notifications;
  private final WalletService wallets;
  private final NotificationText texts;
  private final UserService users;

  NotificationPages(
      NotificationService notifications,
      WalletService wallets,
      NotificationText texts,
      UserService users) {
    this.notifications = notifications;
    this.wallets = wallets;
    this.texts = texts;
    this.users = users;
  }

  /** A notification as the list shows it. */
  /** {@code ledger}: the shared ledger it is about, null for the reader's own. */
  record Line(UUID id, String text, String link, boolean read, LocalDateTime at, UUID ledger) {}

  @GetMapping("/notifications")
  String list(
      @SignedIn UserId user,
      @RequestParam(required = false) String after,
      Locale locale,
      Model model) {
    ZoneId zone = ZoneId.of(users.get(user).timeZone());
    Map<UUID, NotificationText.WalletName> names = new HashMap<>();
    for (Wallet w : wallets.all(user)) {
      names.put(w.id().value(), new NotificationText.WalletName(w.name(), w.currency()));
    }
    Page<Notification> unread =
        after == null
            ? notifications.list(user, true, PageRequest.of(UNREAD_SHOWN, null))
            : new Page<>(List.of(), null, null);
    Page<Notification> earlier =
        notifications.list(user, false, PageRequest.of(EARLIER_PAGE, after));
    model.addAttribute("unreadLines", lines(unread.items(), locale, zone, names));
    model.addAttribute(
        "earlier",
        lines(earlier.items().stream().filter(Notification::read).toList(), locale, zone, names));
    model.addAttribute("next", earlier.nextCursor());
    model.addAttribute(BellCount.UNREAD, (long) unread.items().size());
    return "notification/notifications";
  }

  /** The bell alone, which htmx swaps in every minute. */
  @GetMapping("/notifications/bell")
  String bell(@SignedIn UserId user, Model model) {
    model.addAttribute(BellCount.UNREAD, notifications.unreadCount(user));
    return "notification/bell :: bell";
  }

  @PostMapping("/notifications/{id}/read")
  String read(@SignedIn UserId user, @PathVariable UUID id) {
    notifications.markRead(user, id);
    return "redirect:/notifications";
  }

  @PostMapping("/notifications/read")
  String readAll(@SignedIn UserId user, RedirectAttributes redirect) {
    int marked = notifications.markAllRead(user);
    Feedback.flash(redirect, "feedback.notifications.read", marked);
    return "redirect:/notifications";
  }

  @PostMapping("/notifications/{id}/delete")
  String delete(@SignedIn UserId user, @PathVariable UUID id, RedirectAttributes redirect) {
    notifications.delete(user, id);
    Feedback.flash(redirect, "feedback.notification.deleted");
    return "redirect:/notifications";
  }

  private List<Line> lines(
      List<Notification> items,
      Locale locale,
      ZoneId zone,
      Map<UUID, NotificationText.WalletName> names) {
    return items.stream()
        .map(
            n ->
                new Line(
                    n.id(),
                    texts.text(n, locale, names::get),
                    NotificationText.link(n),
                    n.read(),
                    LocalDateTime.ofInstant(n.createdAt(), zone),
                    n.ledger() == null ? null : n.ledger().value()))
        .toList();
  }
}
