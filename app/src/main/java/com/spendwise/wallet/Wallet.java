package com.spendwise.wallet;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.spendwise.shared.Actors;
import com.spendwise.shared.FieldProblem;
import com.spendwise.shared.ProblemException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;

/** A wallet as other modules and the API see it. Amounts are at the currency's scale. */
public record Wallet(
    WalletId id,
    String name,
    String currency,
    BigDecimal openingBalance,
    BigDecimal balance,
    boolean archived,
    long version,
    Instant createdAt,
    Instant updatedAt,
    @JsonIgnore Actors actors) {

  /**
   * The one rule of archived wallets: they take no new money in or out (taking an old transaction
   * away is not new money). Empty when this wallet is open, else the problem to report on {@code
   * field}.
   */
  public Optional<FieldProblem> archivedProblem(String field) {
    if (!archived) {
      return Optional.empty();
    }
    return Optional.of(
        new FieldProblem(
            field,
            "wallet-archived",
            "Wallet '" + name + "' is archived. Choose another wallet, or unarchive it first."));
  }

  /** The 409 for money that would move in or out of archived wallets, one problem per field. */
  public static ProblemException archivedRefusal(List<FieldProblem> problems) {
    return ProblemException.withFields(
        HttpStatus.CONFLICT,
        "wallet-archived",
        "An archived wallet accepts no new transactions; unarchive it first.",
        problems);
  }
}
