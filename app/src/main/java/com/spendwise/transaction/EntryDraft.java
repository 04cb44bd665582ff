package com.spendwise.transaction;

import com.spendwise.category.CategoryId;
import com.spendwise.tag.TagId;
import com.spendwise.wallet.WalletId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a client sets on a transaction. {@code amount} is in the source wallet's currency (the
 * target's for income); {@code targetAmount} is what arrived when a transfer crosses currencies.
 */
public record EntryDraft(
    EntryType type,
    BigDecimal amount,
    WalletId sourceWalletId,
    WalletId targetWalletId,
    BigDecimal targetAmount,
    CategoryId categoryId,
    LocalDate date,
    String note,
    List<TagId> tagIds) {

  public static final int MAX_NOTE = 500;
  public static final int MAX_TAGS = 20;
}
