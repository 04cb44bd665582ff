package com.spendwise.notification;

import com.spendwise.shared.ui.MoneyFormat;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A notification as a page shows it: written again in the reader's language from its type and
 * values, amounts formatted for that language, and a link to the page of what it is about. One
 * written before notifications kept their values shows the API's English text.
 */
@Component
public class NotificationText {

  private final MessageSource messages;
  private final MoneyFormat money;

  NotificationText(MessageSource messages, MoneyFormat money) {
    this.messages = messages;
    this.money = money;
  }

  /**
   * The text of {@code n}; {@code walletOf} names a wallet and its currency by id (a recurring
   * notification's amount is in its wallet's currency), null for one that is gone.
   */
  public String text(Notification n, Locale locale, Function<UUID, WalletName> walletOf) {
    Map<String, String> d = n.data();
    if (d == null || d.isEmpty()) {
      return n.message();
    }
    return switch (n.type()) {
      case BUDGET_WARNING, BUDGET_EXCEEDED ->
          message(
              "notification." + n.type(),
              locale,
              d.get("category").isEmpty()
                  ? messages.getMessage("budget.allExpenses", null, locale)
                  : d.get("category"),
              period(d.get("period")),
              amount(d.get("spent"), d.get("currency"), locale),
              amount(d.get("amount"), d.get("currency"), locale));
      case GOAL_REACHED, GOAL_DEADLINE ->
          message(
              "notification." + n.type(),
              locale,
              d.get("name"),
              amount(d.get("current"), d.get("currency"), locale),
              amount(d.get("target"), d.get("currency"), locale),
              d.get("deadline").isEmpty() ? "" : money.date(LocalDate.parse(d.get("deadline"))),
              d.get("percent"));
      case RECURRING_EXECUTED, RECURRING_FAILED -> recurring(n, d, locale, walletOf);
      case PASSWORD_CHANGED -> message("notification.PASSWORD_CHANGED", locale);
      case NEW_SIGN_IN ->
          message("notification.NEW_SIGN_IN", locale, d.get("device"), d.get("address"));
      case LEDGER_INVITATION ->
          message(
              "notification.LEDGER_INVITATION",
              locale,
              d.get("invitedBy"),
              d.get("ledger"),
              message("ledger.role." + d.get("role"), locale).toLowerCase(locale));
    };
  }

  private String recurring(
      Notification n, Map<String, String> d, Locale locale, Function<UUID, WalletName> walletOf) {
    WalletName wallet =
        d.get("wallet").isEmpty() ? null : walletOf.apply(UUID.fromString(d.get("wallet")));
    String amount =
        wallet == null ? d.get("amount") : amount(d.get("amount"), wallet.currency(), locale);
    String what =
        messages.getMessage("type." + d.get("type"), null, locale).toLowerCase(locale)
            + " "
            + amount
            + (d.get("note").isEmpty() ? "" : " (" + d.get("note") + ")");
    String date = money.date(LocalDate.parse(d.get("date")));
    if (n.type() == NotificationType.RECURRING_EXECUTED) {
      return message("notification.RECURRING_EXECUTED", locale, what, date);
    }
    return message(
        "notification.RECURRING_FAILED",
        locale,
        what,
        date,
        reason(d.get("reason"), wallet == null ? "" : wallet.name(), locale));
  }

  /** Why a recurring rule was paused, and the way out, in plain words. */
  public String reason(String code, String wallet, Locale locale) {
    String key = "recurring.failure." + (code == null ? "unexpected" : code);
    return messages.getMessage(
        key,
        new Object[] {wallet},
        messages.getMessage("recurring.failure.unexpected", null, locale),
        locale);
  }

  /** A budget's period as the page names it: "December 2026" for 2026-12, a year as it is. */
  private String period(String key) {
    return key != null && key.matches("\\d{4}-\\d{2}") ? money.month(YearMonth.parse(key)) : key;
  }

  /**
   * The page of a notification: its subject's (in the shared ledger it is about, which opening the
   * link switches to), the account's security page, or the invitations.
   */
  public static String link(Notification n) {
    String page =
        switch (n.type()) {
          case PASSWORD_CHANGED, NEW_SIGN_IN -> "/profile/security";
          case LEDGER_INVITATION -> "/invitations";
          default -> link(n.subject());
        };
    if (page == null || n.ledger() == null) {
      return page;
    }
    return "/ledgers/"
        + n.ledger()
        + "/open?then="
        + URLEncoder.encode(page, StandardCharsets.UTF_8);
  }

  /** The page of what a notification is about. */
  public static String link(Subject subject) {
    if (subject == null) {
      return null;
    }
    UUID id = subject.id();
    return switch (subject.kind()) {
      case BUDGET -> "/budgets/" + id;
      case GOAL -> "/goals/" + id;
      case RECURRING_TRANSACTION -> "/recurring/" + id;
      case TRANSACTION -> "/transactions/" + id + "/edit";
    };
  }

  private String amount(String decimal, String currency, Locale locale) {
    return MoneyFormat.format(new BigDecimal(decimal), currency, locale);
  }

  private String message(String key, Locale locale, Object... args) {
    return messages.getMessage(key, args, locale);
  }

  /** A wallet as a notification names it. */
  public record WalletName(String name, String currency) {}
}
