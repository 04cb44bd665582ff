package com.spendwise.recurring;

import com.spendwise.category.CategoryId;
import com.spendwise.transaction.EntryType;
import com.spendwise.wallet.WalletId;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a client sets on a recurring rule. Null {@code every} is 1, null {@code startDate} is today
 * in the user's time zone, null {@code active} is true.
 */
public record RuleDraft(
    EntryType type,
    WalletId walletId,
    CategoryId categoryId,
    BigDecimal amount,
    String note,
    Interval interval,
    Integer every,
    LocalDate startDate,
    LocalDate endDate,
    Boolean active) {

  public static final int MAX_EVERY = 366;
}
