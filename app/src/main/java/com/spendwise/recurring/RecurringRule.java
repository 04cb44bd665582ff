package com.spendwise.recurring;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.spendwise.category.CategoryId;
import com.spendwise.shared.Actors;
import com.spendwise.transaction.EntryType;
import com.spendwise.wallet.WalletId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A rule that records an income or expense on a schedule. {@code walletId} is null once its wallet
 * was deleted (the rule is then paused). {@code nextDate} is the next occurrence to record. {@code
 * pausedReason} is why the scheduler paused it (a problem code such as {@code wallet-archived}),
 * null once the rule is saved again.
 */
public record RecurringRule(
    RecurringId id,
    EntryType type,
    WalletId walletId,
    CategoryId categoryId,
    BigDecimal amount,
    String note,
    Schedule schedule,
    LocalDate nextDate,
    boolean active,
    long version,
    Instant createdAt,
    Instant updatedAt,
    String pausedReason,
    @JsonIgnore Actors actors) {}
