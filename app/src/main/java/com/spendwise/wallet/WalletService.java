package com.spendwise.wallet;

import com.spendwise.shared.FieldProblem;
import com.spendwise.shared.Money;
import com.spendwise.shared.Page;
import com.spendwise.shared.PageRequest;
import com.spendwise.shared.PerUserLimit;
import com.spendwise.shared.ProblemException;
import com.spendwise.shared.Transactions;
import com.spendwise.shared.Versions;
import com.spendwise.user.UserId;
import com.spendwise.user.UserService;
import com.spendwise.wallet.internal.WalletRepository;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Wallets, and the balance changes the ledger makes to them. */
@Service
public class WalletService {

  /** How many wallets one user may have; the API refuses one more with 422 limit-reached. */
  public static final PerUserLimit LIMIT = new PerUserLimit("wallets", 1000);

  private final WalletRepository wallets;
  private final UserService users;
  private final Transactions transactions;
  private final List<WalletUsage> usages;

  WalletService(
      WalletRepository wallets,
      UserService users,
      Transactions transactions,
      List<WalletUsage> usages) {
    this.wallets = wallets;
    this.users = users;
    this.transactions = transactions;
    this.usages = usages;
  }

  public Wallet create(UserId user, WalletDraft draft) {
    String currency =
        draft.currency() == null ? users.get(user).defaultCurrency() : draft.currency();
    BigDecimal opening = draft.openingBalance() == null ? BigDecimal.ZERO : draft.openingBalance();
    boolean archived = draft.archived() != null && draft.archived();
    validate(new WalletDraft(draft.name(), currency, opening, archived));
    return transactions.write(
        () -> {
          wallets.checkRoom(user, LIMIT);
          return wallets.insert(
              user, draft.name().strip(), currency, Money.normalize(opening, currency), archived);
        });
  }

  @Transactional(readOnly = true)
  public Wallet get(UserId user, WalletId id) {
    return wallets.find(user, id).orElseThrow(WalletService::notFound);
  }

  @Transactional(readOnly = true)
  public Page<Wallet> list(UserId user, PageRequest page) {
    return wallets.page(user, page);
  }

  /** All the user's wallets (at most {@link #LIMIT}), by name: for choosing one. */
  @Transactional(readOnly = true)
  public List<Wallet> all(UserId user) {
    return LIMIT.all(page -> wallets.page(user, page));
  }

  /**
   * Replaces name, currency, opening balance and archived flag. A new opening balance moves the
   * balance by the difference; the currency is fixed once the wallet has transactions.
   */
  public Wallet update(UserId user, WalletId id, WalletDraft draft, Long expectedVersion) {
    validate(draft);
    return transactions.write(
        () -> {
          Wallet current = wallets.lock(user, List.of(id)).get(id);
          if (current == null) {
            throw notFound();
          }
          Versions.check(expectedVersion, current.version());
          if (!current.currency().equals(draft.currency()) && hasHistory(user, id)) {
            throw ProblemException.conflict(
                "currency-locked",
                "The currency of a wallet with transactions cannot change; create a new wallet.");
          }
          BigDecimal opening = Money.normalize(draft.openingBalance(), draft.currency());
          BigDecimal balance = current.balance().add(opening.subtract(current.openingBalance()));
          checkBalance(balance);
          return wallets.update(
              user, id, draft.name().strip(), draft.currency(), opening, balance, draft.archived());
        });
  }

  /** Deletes a wallet without transactions; one with history can only be archived. */
  public void delete(UserId user, WalletId id, Long expectedVersion) {
    transactions.write(
        () -> {
          Wallet current = wallets.lock(user, List.of(id)).get(id);
          if (current == null) {
            throw notFound();
          }
          Versions.check(expectedVersion, current.version());
          if (hasHistory(user, id)) {
            throw ProblemException.conflict(
                "wallet-has-transactions",
                "This wallet has transactions and cannot be deleted; archive it instead"
                    + " (PUT with \"archived\": true) to keep its history.");
          }
          wallets.delete(user, id);
          return null;
        });
  }

  /**
   * Locks the user's wallets among {@code ids} in id order until the caller's transaction ends, and
   * returns them; missing and foreign ones are absent. Writers that lock before they change
   * balances queue instead of losing updates or deadlocking.
   */
  @Transactional
  public SortedMap<WalletId, Wallet> lock(UserId user, Collection<WalletId> ids) {
    return wallets.lock(user, ids);
  }

  /**
   * Moves each wallet's balance by its delta inside the caller's transaction, one statement per
   * wallet in id order (zero deltas are left out), and returns the wallets as changed. Wallets that
   * are missing or another user's are absent from the result; a balance the database could not hold
   * is refused with 422.
   */
  @Transactional
  public SortedMap<WalletId, Wallet> changeBalances(UserId user, Map<WalletId, BigDecimal> deltas) {
    SortedMap<WalletId, Wallet> changed = new TreeMap<>();
    for (Map.Entry<WalletId, BigDecimal> change : new TreeMap<>(deltas).entrySet()) {
      if (change.getValue().signum() == 0) {
        continue;
      }
      try {
        wallets
            .addToBalance(user, change.getKey(), change.getValue())
            .ifPresent(w -> changed.put(w.id(), w));
      } catch (WalletRepository.BalanceOutOfRangeException e) {
        throw balanceOutOfRange();
      }
    }
    return changed;
  }

  private boolean hasHistory(UserId user, WalletId id) {
    return usages.stream().anyMatch(usage -> usage.uses(user, id));
  }

  private static void validate(WalletDraft draft) {
    List<FieldProblem> problems = new ArrayList<>();
    if (draft.name() == null || draft.name().isBlank() || draft.name().strip().length() > 100) {
      problems.add(new FieldProblem("name", "size", "Must be 1 to 100 characters."));
    }
    boolean knownCurrency = Money.currency(draft.currency()).isPresent();
    if (!knownCurrency) {
      problems.add(
          new FieldProblem(
              "currency", "unknown-currency", "Must be an ISO 4217 code such as VND or USD."));
    }
    if (draft.openingBalance() == null) {
      problems.add(new FieldProblem("openingBalance", "required", "Is required."));
    } else if (knownCurrency) {
      Money.check("openingBalance", draft.openingBalance(), draft.currency())
          .ifPresent(problems::add);
    }
    if (draft.archived() == null) {
      problems.add(new FieldProblem("archived", "required", "Is required."));
    }
    if (!problems.isEmpty()) {
      throw ProblemException.invalidFields(problems);
    }
  }

  private static void checkBalance(BigDecimal balance) {
    if (balance.abs().compareTo(WalletRepository.MAX_BALANCE) >= 0) {
      throw balanceOutOfRange();
    }
  }

  private static ProblemException balanceOutOfRange() {
    return new ProblemException(
        HttpStatus.UNPROCESSABLE_CONTENT,
        "balance-out-of-range",
        "This change would take a wallet's balance beyond what SpendWise can hold.");
  }

  static ProblemException notFound() {
    return ProblemException.notFound("The wallet");
  }

  // What a restore of a backup writes (for the exchange module): rows as the backup has them,
  // under the ids the restore chose, without the reactions of a create.

  /** Removes the user's wallets, which a restore replaces; the account has no transactions. */
  public void removeAllForRestore(UserId user) {
    wallets.deleteAll(user);
  }

  /** A wallet, its balance at its opening balance until {@link #settle}. */
  public void restore(UserId user, WalletId id, Wallet wallet) {
    wallets.restore(user, id, wallet);
  }

  /**
   * Once the transactions are in: each wallet's balance is its opening balance moved by what they
   * did ({@code deltas}), its version as the backup had it.
   */
  public void settle(UserId user, Map<WalletId, BigDecimal> deltas) {
    wallets.settle(user, deltas);
  }
}
