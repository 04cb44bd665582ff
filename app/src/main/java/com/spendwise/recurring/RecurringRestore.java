package com.spendwise.recurring;

import com.spendwise.category.CategoryId;
import com.spendwise.recurring.internal.RuleRepository;
import com.spendwise.user.UserId;
import com.spendwise.wallet.WalletId;
import org.springframework.stereotype.Service;

/**
 * A backup's recurring rules going back in (for the exchange module's restore): as the backup has
 * them, next date included, under the ids the restore chose.
 */
@Service
public class RecurringRestore {

  private final RuleRepository rules;

  RecurringRestore(RuleRepository rules) {
    this.rules = rules;
  }

  /** Removes the user's rules, which a restore replaces. */
  public void removeAll(UserId user) {
    rules.deleteAll(user);
  }

  public void restore(
      UserId user, RecurringId id, RecurringRule rule, WalletId wallet, CategoryId category) {
    rules.restore(user, id, rule, wallet, category);
  }
}
