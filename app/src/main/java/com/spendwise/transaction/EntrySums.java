package com.spendwise.transaction;

import com.spendwise.wallet.WalletId;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The sum and count of a list's entries of one type in one wallet (an income's target, an expense's
 * or a transfer's source), on one {@code day} or over the whole list (day null).
 */
public record EntrySums(
    LocalDate day, WalletId wallet, EntryType type, BigDecimal amount, long entries) {}
