package com.spendwise.wallet;

import java.util.UUID;

public record WalletId(UUID value) implements Comparable<WalletId> {

  /**
   * Wallets are always locked in this order, so two writers never wait for each other in a cycle.
   */
  @Override
  public int compareTo(WalletId other) {
    return value.compareTo(other.value);
  }
}
