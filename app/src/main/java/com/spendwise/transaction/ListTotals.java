package com.spendwise.transaction;

import com.spendwise.wallet.Wallet;
import com.spendwise.wallet.WalletId;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A list's totals in one currency: income, expense, net (transfers between the person's own wallets
 * are neither) and how many entries, transfers included.
 */
public record ListTotals(String currency, BigDecimal income, BigDecimal expense, long entries) {

  public BigDecimal net() {
    return income.subtract(expense);
  }

  /** The sums by currency, the wallets giving each its currency; by currency code. */
  public static List<ListTotals> of(List<EntrySums> sums, List<Wallet> wallets) {
    Map<WalletId, String> currencies = new HashMap<>();
    wallets.forEach(w -> currencies.put(w.id(), w.currency()));
    Map<String, ListTotals> byCurrency = new TreeMap<>();
    for (EntrySums s : sums) {
      String currency = currencies.get(s.wallet());
      if (currency == null) {
        continue;
      }
      BigDecimal in = s.type() == EntryType.INCOME ? s.amount() : BigDecimal.ZERO;
      BigDecimal out = s.type() == EntryType.EXPENSE ? s.amount() : BigDecimal.ZERO;
      byCurrency.merge(
          currency,
          new ListTotals(currency, in, out, s.entries()),
          (a, b) ->
              new ListTotals(
                  currency,
                  a.income.add(b.income),
                  a.expense.add(b.expense),
                  a.entries + b.entries));
    }
    return byCurrency.values().stream().sorted(Comparator.comparing(ListTotals::currency)).toList();
  }
}
