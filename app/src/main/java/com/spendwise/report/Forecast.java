package com.spendwise.report;

import com.spendwise.recurring.UpcomingOccurrence;
import com.spendwise.transaction.EntryType;
import com.spendwise.wallet.Wallet;
import com.spendwise.wallet.WalletId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the recurring rules will record from today to {@code until}, day by day, and each wallet's
 * projected balance after each day: today's balance plus what the rules record. An occurrence whose
 * wallet is archived will be refused (and its rule paused), so it moves no balance.
 */
public record Forecast(LocalDate today, LocalDate until, List<Day> days, List<Balance> end) {

  /** One occurrence: its rule, its wallet and what it does to that wallet's balance. */
  public record Item(
      UpcomingOccurrence occurrence, Wallet wallet, BigDecimal change, boolean refused) {}

  /** A wallet's balance, now or projected. */
  public record Balance(Wallet wallet, BigDecimal balance) {}

  /** A day with occurrences, and the projected balance of each wallet they move. */
  public record Day(LocalDate date, List<Item> items, List<Balance> balances) {}

  static Forecast of(
      LocalDate today, LocalDate until, List<Wallet> wallets, List<UpcomingOccurrence> coming) {
    Map<WalletId, Wallet> byId = new LinkedHashMap<>();
    Map<WalletId, BigDecimal> running = new LinkedHashMap<>();
    for (Wallet w : wallets) {
      byId.put(w.id(), w);
      running.put(w.id(), w.balance());
    }
    Map<LocalDate, List<Item>> byDay = new LinkedHashMap<>();
    for (UpcomingOccurrence o : coming) {
      Wallet wallet = byId.get(o.rule().walletId());
      if (wallet == null) {
        continue;
      }
      BigDecimal change =
          o.rule().type() == EntryType.INCOME ? o.rule().amount() : o.rule().amount().negate();
      byDay
          .computeIfAbsent(o.date(), d -> new ArrayList<>())
          .add(new Item(o, wallet, change, wallet.archived()));
    }
    List<Day> days = new ArrayList<>();
    byDay.forEach(
        (date, items) -> {
          Map<WalletId, Wallet> moved = new LinkedHashMap<>();
          for (Item item : items) {
            if (!item.refused()) {
              running.merge(item.wallet().id(), item.change(), BigDecimal::add);
            }
            moved.put(item.wallet().id(), item.wallet());
          }
          days.add(
              new Day(
                  date,
                  List.copyOf(items),
                  moved.values().stream().map(w -> new Balance(w, running.get(w.id()))).toList()));
        });
    List<Balance> end =
        wallets.stream()
            .filter(w -> !w.archived())
            .map(w -> new Balance(w, running.get(w.id())))
            .toList();
    return new Forecast(today, until, List.copyOf(days), end);
  }
}
