package com.spendwise.exchange.internal;

import com.spendwise.shared.FieldProblem;
import com.spendwise.transaction.LedgerEntry;
import com.spendwise.user.UserId;
import com.spendwise.wallet.Wallet;
import com.spendwise.wallet.WalletId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * The transactions of a restore: read from the document one at a time, checked, renumbered and
 * written a batch at a time, so a history of millions needs no more memory than a batch; then the
 * wallets' balances settled from what they did.
 */
final class RestoredLedger {

  static final int BATCH = 1000;

  private final ModuleRestores modules;
  private final JsonMapper json;
  private final UserId user;
  private final RestoredIds ids;
  private final List<LedgerEntry> batch = new ArrayList<>();

  /** What the restored transactions did to each wallet, so far. */
  private final Map<WalletId, BigDecimal> moved = new HashMap<>();

  private long transactions;

  RestoredLedger(ModuleRestores modules, JsonMapper json, UserId user, RestoredIds ids) {
    this.modules = modules;
    this.json = json;
    this.user = user;
    this.ids = ids;
  }

  long count() {
    return transactions;
  }

  /** The transactions, read and written a batch at a time. */
  void entries(JsonParser parser) {
    if (parser.currentToken() == JsonToken.VALUE_NULL) {
      return;
    }
    if (parser.currentToken() != JsonToken.START_ARRAY) {
      throw RestoreProblems.invalid(
          List.of(new FieldProblem("transactions", "invalid-format", "Must be a list.")));
    }
    List<FieldProblem> problems = new ArrayList<>();
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      String at = "transactions[" + transactions + "]";
      LedgerEntry entry = json.readValue(parser, LedgerEntry.class);
      transactions++;
      if (entry == null) {
        throw RestoreProblems.invalid(List.of(new FieldProblem(at, "required", "Is null.")));
      }
      LedgerChecks.entry(
          at,
          entry,
          ids.currencies,
          ids.categoryTypes,
          ids.tags.keySet(),
          ids.rules.keySet(),
          problems);
      if (!problems.isEmpty()) {
        throw RestoreProblems.invalid(problems);
      }
      batch.add(ids.renumbered(entry));
      if (batch.size() == BATCH) {
        flush();
      }
    }
  }

  void flush() {
    if (!batch.isEmpty()) {
      modules.ledger().restore(user, batch);
      LedgerEntry.balanceEffect(List.of(), batch)
          .forEach((wallet, delta) -> moved.merge(wallet, delta, BigDecimal::add));
      batch.clear();
    }
  }

  /**
   * Settles every wallet's balance (its opening balance moved by the restored transactions) and
   * holds it to the balance the backup states: a file whose balances do not add up is refused, not
   * "fixed".
   */
  void settle() {
    modules.wallets().settle(user, moved);
    List<FieldProblem> problems = new ArrayList<>();
    for (Wallet wallet : modules.wallets().all(user)) {
      BigDecimal stated = ids.statedBalances.get(wallet.id().value());
      if (stated != null && stated.compareTo(wallet.balance()) != 0) {
        problems.add(
            new FieldProblem(
                ids.balanceFields.get(wallet.id().value()),
                "balance-mismatch",
                "Is "
                    + stated.toPlainString()
                    + ", but its opening balance and the backup's transactions make "
                    + wallet.balance().toPlainString()
                    + "."));
      }
    }
    if (!problems.isEmpty()) {
      throw RestoreProblems.invalid(problems);
    }
  }
}
