package com.spendwise.wallet;

import java.util.UUID;

public record WalletId(UUID value) implements Comparable<WalletId> {

  /**
   * Wallets are always locked in this order, so two writers never wait for each other in a cycle.
   * It is PostgreSQL's order of uuid values (their 16 bytes compared unsigned), the order in which
   * {@code SELECT ... ORDER BY id FOR NO KEY UPDATE} locks them. {@link UUID#compareTo} compares
   * signed halves and disagrees whenever exactly one of two ids has its top bit set: a writer that
   * changed balances in that order deadlocked with one that locked in SQL's order.
   */
  @Override
  public int compareTo(WalletId other) {
    int high =
        Long.compareUnsigned(value.getMostSignificantBits(), other.value.getMostSignificantBits());
    return high != 0
        ? high
        : Long.compareUnsigned(
            value.getLeastSignificantBits(), other.value.getLeastSignificantBits());
  }
}
