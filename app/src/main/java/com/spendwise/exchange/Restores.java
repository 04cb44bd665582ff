package com.spendwise.exchange;

import com.spendwise.exchange.internal.BackupJson;
import com.spendwise.exchange.internal.ModuleRestores;
import com.spendwise.exchange.internal.RestoreProblems;
import com.spendwise.exchange.internal.RestoreRun;
import com.spendwise.shared.FieldProblem;
import com.spendwise.shared.ProblemException;
import com.spendwise.user.UserId;
import com.spendwise.user.UserService;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Restores a backup (docs/backup-format.md) into an account that holds no transactions yet: the
 * backup's wallets, categories, tags, exchange rates, budgets, goals, recurring rules,
 * notifications and transactions replace the account's (a new account's starting categories, say),
 * and its profile settings are applied. Everything gets a new id, references follow, and versions
 * and timestamps are kept. One database transaction: a backup with any problem restores nothing.
 * The document is read as it arrives and transactions are written a batch at a time, so a history
 * of millions needs no more memory than a batch (and the ids of the few transactions notifications
 * point to).
 */
@Service
public class Restores {

  private final UserService users;
  private final ModuleRestores modules;
  private final TransactionTemplate transaction;
  private final Clock clock;
  private final JsonMapper json = BackupJson.mapper();

  Restores(
      UserService users,
      ModuleRestores modules,
      PlatformTransactionManager transactionManager,
      Clock clock) {
    this.users = users;
    this.modules = modules;
    this.transaction = new TransactionTemplate(transactionManager);
    this.clock = clock;
  }

  /** How many records of each kind a restore wrote. */
  public record Restored(
      int wallets,
      int categories,
      int tags,
      int exchangeRates,
      int budgets,
      int goals,
      int recurringTransactions,
      int notifications,
      long transactions) {}

  public Restored restore(UserId user, InputStream document) {
    LocalDate today = users.get(user).today(clock);
    try {
      return transaction.execute(
          status -> {
            if (!modules.lockAndCheckEmpty(user)) {
              throw ProblemException.conflict(
                  "account-not-empty",
                  "This account has transactions already; a backup restores into an account"
                      + " without any (a new one, say). Nothing was restored.");
            }
            modules.clear(user);
            return new RestoreRun(modules, json, user, today).read(document);
          });
    } catch (JacksonException e) {
      if (e.getCause() instanceof IOException) {
        throw e;
      }
      throw RestoreProblems.invalid(
          List.of(
              new FieldProblem(
                  "body",
                  "unreadable",
                  "Is not a SpendWise backup: "
                      + e.getOriginalMessage()
                      + " (line "
                      + e.getLocation().getLineNr()
                      + ", column "
                      + e.getLocation().getColumnNr()
                      + ").")));
    } catch (DataIntegrityViolationException e) {
      // The checks above the database cover what a backup written by SpendWise can hold; a
      // hand-edited one can still break a rule only the database sees (two rates for one day).
      throw RestoreProblems.invalid(
          List.of(
              new FieldProblem(
                  "body",
                  "constraint",
                  "Breaks a rule of the data: " + e.getMostSpecificCause().getMessage())));
    }
  }
}
