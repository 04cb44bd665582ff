package com.spendwise.transaction;

import com.spendwise.category.CategoryId;
import com.spendwise.shared.FieldProblem;
import com.spendwise.shared.ProblemException;
import com.spendwise.shared.Transactions;
import com.spendwise.sharing.LedgerAccess;
import com.spendwise.sharing.Role;
import com.spendwise.transaction.internal.ContributionLinks;
import com.spendwise.transaction.internal.ContributionLinks.PairSide;
import com.spendwise.user.UserId;
import com.spendwise.wallet.WalletId;
import com.spendwise.wallet.WalletService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Contributions to a household: money leaving a person's own wallet (an expense in their ledger)
 * and arriving in a shared ledger's wallet (an income there), written as one database transaction,
 * and deleted as a pair or one side at a time, as the person chooses.
 */
@Service
public class Contributions {

  private final LedgerService ledger;
  private final ContributionLinks links;
  private final WalletService wallets;
  private final LedgerAccess access;
  private final Transactions transactions;

  Contributions(
      LedgerService ledger,
      ContributionLinks links,
      WalletService wallets,
      LedgerAccess access,
      Transactions transactions) {
    this.ledger = ledger;
    this.links = links;
    this.wallets = wallets;
    this.access = access;
    this.transactions = transactions;
  }

  /**
   * What a person contributes: {@code amount} out of their wallet {@code from}; {@code received}
   * into the shared ledger's wallet {@code to} (required when the currencies differ, else the same
   * amount); categories on either side are optional.
   */
  public record Draft(
      WalletId from,
      UserId sharedLedger,
      WalletId to,
      BigDecimal amount,
      BigDecimal received,
      LocalDate date,
      String note,
      CategoryId expenseCategory,
      CategoryId incomeCategory) {}

  /** Both sides as recorded. */
  public record Contribution(
      UUID id, LedgerEntry expense, UserId sharedLedger, LedgerEntry income) {}

  public Contribution contribute(UserId person, Draft draft) {
    if (draft.sharedLedger() == null || draft.sharedLedger().equals(person)) {
      throw ProblemException.invalidField(
          "ledgerId", "required", "Must be a shared ledger you may record in.");
    }
    Role role =
        access
            .roleOf(person, draft.sharedLedger().value())
            .orElseThrow(() -> ProblemException.notFound("The ledger"));
    if (!role.canWrite()) {
      throw new ProblemException(
          HttpStatus.FORBIDDEN,
          "read-only-ledger",
          "You can read this shared ledger but not change it: you are a viewer.");
    }
    return transactions.write(
        () -> {
          BigDecimal received = received(person, draft);
          links.nameActor(person);
          LedgerEntry expense =
              ledger.create(
                  person,
                  new EntryDraft(
                      EntryType.EXPENSE,
                      draft.amount(),
                      draft.from(),
                      null,
                      null,
                      draft.expenseCategory(),
                      draft.date(),
                      draft.note(),
                      List.of()));
          LedgerEntry income =
              ledger.create(
                  draft.sharedLedger(),
                  new EntryDraft(
                      EntryType.INCOME,
                      received,
                      null,
                      draft.to(),
                      null,
                      draft.incomeCategory(),
                      draft.date(),
                      draft.note(),
                      List.of()));
          UUID id = UUID.randomUUID();
          links.link(id, person, expense.id());
          links.link(id, draft.sharedLedger(), income.id());
          return new Contribution(
              id,
              ledger.get(person, expense.id()),
              draft.sharedLedger(),
              ledger.get(draft.sharedLedger(), income.id()));
        });
  }

  /** What arrives: the amount itself in the same currency; the one given when they differ. */
  private BigDecimal received(UserId person, Draft draft) {
    List<FieldProblem> problems = new ArrayList<>();
    if (draft.from() == null) {
      problems.add(new FieldProblem("fromWalletId", "required", "Must be one of your wallets."));
    }
    if (draft.to() == null) {
      problems.add(
          new FieldProblem("toWalletId", "required", "Must be a wallet of the shared ledger."));
    }
    if (!problems.isEmpty()) {
      throw ProblemException.invalidFields(problems);
    }
    String out = wallets.get(person, draft.from()).currency();
    String in = wallets.get(draft.sharedLedger(), draft.to()).currency();
    if (out.equals(in)) {
      if (draft.received() != null
          && (draft.amount() == null || draft.received().compareTo(draft.amount()) != 0)) {
        throw ProblemException.invalidField(
            "receivedAmount",
            "must-match",
            "Both wallets are in " + out + ": leave it out, or give the same amount.");
      }
      return draft.amount();
    }
    if (draft.received() == null) {
      throw ProblemException.invalidField(
          "receivedAmount",
          "required",
          "The wallets' currencies differ (" + out + ", " + in + "): say what arrived.");
    }
    return draft.received();
  }

  /** How a side of a contribution is deleted. */
  public enum Pairing {
    /** Both sides, when the person may change both ledgers. */
    BOTH,
    /** Only this side; the other stays, on its own. */
    THIS_SIDE
  }

  /**
   * Deletes an entry of {@code user}'s ledger. One side of a contribution needs {@code pairing}
   * (the person is asked): without it the answer is 409 {@code contribution-pair}, nothing deleted.
   */
  public void delete(
      UserId user, UserId person, TransactionId id, Long expectedVersion, Pairing pairing) {
    transactions.write(
        () -> {
          LedgerEntry entry = ledger.get(user, id);
          UUID pair = entry.actors().contributionId();
          Optional<PairSide> other =
              pair == null ? Optional.empty() : links.otherSide(pair, entry.id());
          if (other.isPresent() && pairing == null) {
            throw ProblemException.conflict(
                "contribution-pair",
                "This transaction is one side of a contribution: delete both sides"
                    + " (contribution=both) or only this one (contribution=this-side).");
          }
          ledger.delete(user, id, expectedVersion);
          if (other.isEmpty()) {
            return null;
          }
          if (pairing == Pairing.BOTH) {
            PairSide side = other.get();
            boolean mayChange =
                side.ledger().equals(person)
                    || access
                        .roleOf(person, side.ledger().value())
                        .map(Role::canWrite)
                        .orElse(false);
            if (!mayChange) {
              throw new ProblemException(
                  HttpStatus.FORBIDDEN,
                  "other-side-not-yours",
                  "The other side is in a ledger you cannot change; delete only this side.");
            }
            ledger.delete(side.ledger(), side.id(), null);
          } else {
            links.unlink(pair);
          }
          return null;
        });
  }
}
