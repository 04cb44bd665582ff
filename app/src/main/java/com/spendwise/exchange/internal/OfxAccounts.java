package com.spendwise.exchange.internal;

import com.spendwise.exchange.internal.StatementOfx.Account;
import com.spendwise.exchange.internal.StatementOfx.Statement;
import com.spendwise.shared.ProblemException;
import com.spendwise.user.UserId;
import com.spendwise.wallet.Wallet;
import com.spendwise.wallet.WalletId;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which account of an OFX file goes into a wallet: the only one; the one the person named; or, in a
 * file of several, the one this wallet took last time (remembered in import_accounts). With none of
 * those the import is refused, listing the accounts to choose from.
 */
@Component
public class OfxAccounts {

  private final JdbcClient jdbc;

  OfxAccounts(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Account choose(UserId user, Wallet wallet, Statement statement, String named) {
    List<Account> accounts = statement.accounts();
    if (named != null && !named.isBlank()) {
      return accounts.stream()
          .filter(a -> a.id().equals(named.strip()))
          .findFirst()
          .orElseThrow(
              () ->
                  ProblemException.invalidField(
                      "account",
                      "unknown-account",
                      "The file holds no account "
                          + named.strip()
                          + "; it holds "
                          + list(accounts)
                          + "."));
    }
    if (accounts.isEmpty()) {
      return new Account("", null, List.of());
    }
    if (accounts.size() == 1) {
      return accounts.get(0);
    }
    List<String> remembered =
        jdbc.sql(
                "SELECT account_id FROM import_accounts WHERE user_id = ? AND wallet_id = ?"
                    + " AND account_id = ANY(CAST(? AS text[]))")
            .params(
                user.value(),
                wallet.id().value(),
                accounts.stream().map(Account::id).toArray(String[]::new))
            .query(String.class)
            .list();
    if (remembered.size() == 1) {
      return accounts.stream()
          .filter(a -> a.id().equals(remembered.get(0)))
          .findFirst()
          .orElseThrow();
    }
    throw ProblemException.invalidField(
        "account",
        "choose-account",
        "The file holds "
            + accounts.size()
            + " accounts: "
            + list(accounts)
            + ". Choose the one that goes into "
            + wallet.name()
            + " (account=…).");
  }

  /** Remembers that {@code account} went into {@code wallet}. */
  public void remember(UserId user, String account, WalletId wallet) {
    if (account.isEmpty()) {
      return;
    }
    jdbc.sql(
            "INSERT INTO import_accounts (user_id, account_id, wallet_id) VALUES (?, ?, ?)"
                + " ON CONFLICT (user_id, account_id) DO UPDATE SET wallet_id = EXCLUDED.wallet_id,"
                + " updated_at = now()")
        .params(user.value(), account, wallet.value())
        .update();
  }

  /** "1111 (USD, 2 transactions), 2222 (USD, 2 transactions)". */
  public static String list(List<Account> accounts) {
    return String.join(
        ", ",
        accounts.stream()
            .map(
                a ->
                    a.id()
                        + " ("
                        + (a.currency() == null ? "" : a.currency() + ", ")
                        + a.rows().size()
                        + (a.rows().size() == 1 ? " transaction)" : " transactions)"))
            .toList());
  }
}
