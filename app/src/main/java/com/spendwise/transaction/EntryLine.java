package com.spendwise.transaction;

import com.spendwise.wallet.Wallet;
import com.spendwise.wallet.WalletId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A ledger entry as a list shows it (the web app's lists, the dashboard's latest): the wallet names
 * and the direction spelled out. {@code direction} is "in", "out" or "transfer"; a transfer names
 * both wallets and shows what left the source.
 */
public record EntryLine(
    UUID id,
    LocalDate date,
    String note,
    String direction,
    String wallet,
    String targetWallet,
    BigDecimal amount,
    String currency) {

  /** The lines of {@code entries}, their wallets named from {@code wallets}. */
  public static List<EntryLine> of(List<LedgerEntry> entries, List<Wallet> wallets) {
    Map<WalletId, Wallet> byId = new HashMap<>();
    wallets.forEach(w -> byId.put(w.id(), w));
    return entries.stream()
        .map(
            e -> {
              Wallet source = e.sourceWalletId() == null ? null : byId.get(e.sourceWalletId());
              Wallet target = e.targetWalletId() == null ? null : byId.get(e.targetWalletId());
              Wallet shown = source != null ? source : target;
              String direction =
                  e.type() == EntryType.INCOME
                      ? "in"
                      : e.type() == EntryType.EXPENSE ? "out" : "transfer";
              return new EntryLine(
                  e.id().value(),
                  e.date(),
                  e.note(),
                  direction,
                  shown == null ? "" : shown.name(),
                  e.type() == EntryType.TRANSFER && target != null ? target.name() : null,
                  e.amount(),
                  shown == null ? "" : shown.currency());
            })
        .toList();
  }
}
