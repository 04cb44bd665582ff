package com.spendwise.transaction;

import com.spendwise.category.CategoryId;
import com.spendwise.user.UserId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Published inside the database transaction of every ledger write that adds, removes or moves
 * expenses, after the rows are written, so a listener sees the new state and can act in the same
 * transaction. An edit appears as the old expense taken away and the new one added.
 */
public record ExpensesChanged(UserId user, List<Change> changes) {

  /** {@code amount} is negative when spending was taken away; {@code category} may be null. */
  public record Change(CategoryId category, String currency, LocalDate date, BigDecimal amount) {}
}
