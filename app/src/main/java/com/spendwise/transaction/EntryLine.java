package com.spendwise.transaction;

import com.spendwise.category.CategoryId;
import com.spendwise.tag.TagId;
import com.spendwise.wallet.Wallet;
import com.spendwise.wallet.WalletId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A ledger entry as a list shows it (the web app's lists, the dashboard's latest): the wallet names
 * and the direction spelled out, its category and tags by name. {@code direction} is "in", "out" or
 * "transfer"; a transfer names both wallets and shows what left the source and, across currencies,
 * what arrived. {@code createdBy}: the member of a shared ledger who recorded it; {@code
 * contributionId}: the contribution it is one side of.
 */
public record EntryLine(
    UUID id,
    LocalDate date,
    String note,
    String direction,
    String wallet,
    String targetWallet,
    BigDecimal amount,
    String currency,
    BigDecimal targetAmount,
    String targetCurrency,
    String category,
    List<String> tags,
    UUID createdBy,
    UUID contributionId) {

  /** The lines of {@code entries}, their wallets named from {@code wallets}. */
  public static List<EntryLine> of(List<LedgerEntry> entries, List<Wallet> wallets) {
    return of(entries, wallets, Map.of(), Map.of());
  }

  /** The same, with category and tag names (an id missing from the maps is left out). */
  public static List<EntryLine> of(
      List<LedgerEntry> entries,
      List<Wallet> wallets,
      Map<CategoryId, String> categories,
      Map<TagId, String> tags) {
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
              boolean crossing =
                  e.type() == EntryType.TRANSFER
                      && target != null
                      && shown != null
                      && !target.currency().equals(shown.currency());
              return new EntryLine(
                  e.id().value(),
                  e.date(),
                  e.note(),
                  direction,
                  shown == null ? "" : shown.name(),
                  e.type() == EntryType.TRANSFER && target != null ? target.name() : null,
                  e.amount(),
                  shown == null ? "" : shown.currency(),
                  crossing ? e.targetAmount() : null,
                  crossing ? target.currency() : null,
                  e.categoryId() == null ? null : categories.get(e.categoryId()),
                  e.tagIds().stream().map(tags::get).filter(Objects::nonNull).sorted().toList(),
                  e.actors().createdBy(),
                  e.actors().contributionId());
            })
        .toList();
  }
}
