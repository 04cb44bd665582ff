package com.spendwise.wallet;

import java.math.BigDecimal;
import java.time.Instant;

/** A wallet as other modules and the API see it. Amounts are at the currency's scale. */
public record Wallet(
    WalletId id,
    String name,
    String currency,
    BigDecimal openingBalance,
    BigDecimal balance,
    boolean archived,
    long version,
    Instant createdAt,
    Instant updatedAt) {}
