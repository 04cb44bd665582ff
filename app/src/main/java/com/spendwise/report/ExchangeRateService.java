package com.spendwise.report;

import com.spendwise.report.internal.ExchangeRateRepository;
import com.spendwise.shared.Dates;
import com.spendwise.shared.FieldProblem;
import com.spendwise.shared.Money;
import com.spendwise.shared.Page;
import com.spendwise.shared.PageRequest;
import com.spendwise.shared.ProblemException;
import com.spendwise.shared.Transactions;
import com.spendwise.shared.Versions;
import com.spendwise.user.UserId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Exchange rates a user records, for reports that total several currencies in one. */
@Service
public class ExchangeRateService {

  /** Significant digits a rate may have. */
  public static final int MAX_DIGITS = 12;

  private static final BigDecimal MAX_RATE = new BigDecimal("1000000000000");

  private final ExchangeRateRepository rates;
  private final Transactions transactions;

  ExchangeRateService(ExchangeRateRepository rates, Transactions transactions) {
    this.rates = rates;
    this.transactions = transactions;
  }

  public ExchangeRate create(UserId user, ExchangeRateDraft draft) {
    ExchangeRateDraft checked = check(draft);
    return transactions.write(
        () ->
            rates
                .insert(user, checked.base(), checked.quote(), checked.rate(), checked.date())
                .orElseThrow(ExchangeRateService::taken));
  }

  @Transactional(readOnly = true)
  public ExchangeRate get(UserId user, ExchangeRateId id) {
    return rates.find(user, id).orElseThrow(ExchangeRateService::notFound);
  }

  @Transactional(readOnly = true)
  public Page<ExchangeRate> list(UserId user, PageRequest page) {
    return rates.page(user, page);
  }

  public ExchangeRate update(
      UserId user, ExchangeRateId id, ExchangeRateDraft draft, Long expectedVersion) {
    ExchangeRateDraft checked = check(draft);
    return transactions.write(
        () -> {
          ExchangeRate current = rates.lock(user, id).orElseThrow(ExchangeRateService::notFound);
          Versions.check(expectedVersion, current.version());
          return rates
              .update(user, id, checked.base(), checked.quote(), checked.rate(), checked.date())
              .orElseThrow(ExchangeRateService::taken);
        });
  }

  public void delete(UserId user, ExchangeRateId id, Long expectedVersion) {
    transactions.write(
        () -> {
          ExchangeRate current = rates.lock(user, id).orElseThrow(ExchangeRateService::notFound);
          Versions.check(expectedVersion, current.version());
          rates.delete(user, id);
          return null;
        });
  }

  /** Every problem of a draft at once; the rate comes back without trailing zeros. */
  private static ExchangeRateDraft check(ExchangeRateDraft draft) {
    List<FieldProblem> problems = new ArrayList<>();
    boolean base = Money.checkCurrency("base", draft.base(), problems);
    boolean quote = Money.checkCurrency("quote", draft.quote(), problems);
    if (base && quote && draft.base().equals(draft.quote())) {
      problems.add(new FieldProblem("quote", "same-currency", "Must differ from base."));
    }
    BigDecimal rate = draft.rate() == null ? null : draft.rate().stripTrailingZeros();
    if (rate == null) {
      problems.add(new FieldProblem("rate", "required", "Is required."));
    } else if (rate.signum() <= 0 || rate.compareTo(MAX_RATE) >= 0) {
      problems.add(
          new FieldProblem("rate", "out-of-range", "Must be more than 0 and less than 10^12."));
    } else if (rate.precision() > MAX_DIGITS || rate.scale() > MAX_DIGITS) {
      problems.add(
          new FieldProblem(
              "rate",
              "too-precise",
              "At most " + MAX_DIGITS + " significant digits and " + MAX_DIGITS + " decimals."));
    }
    if (draft.date() == null) {
      problems.add(new FieldProblem("date", "required", "Is required (YYYY-MM-DD)."));
    } else {
      Dates.checkRange("date", draft.date(), problems);
    }
    if (!problems.isEmpty()) {
      throw ProblemException.invalidFields(problems);
    }
    return new ExchangeRateDraft(
        draft.base(), draft.quote(), rate.scale() < 0 ? rate.setScale(0) : rate, draft.date());
  }

  private static ProblemException taken() {
    return ProblemException.conflict(
        "rate-exists", "You already have a rate for this pair on this date; change that one.");
  }

  static ProblemException notFound() {
    return ProblemException.notFound("The exchange rate");
  }

  // What a restore of a backup writes (for the exchange module): rows as the backup has them,
  // under the ids the restore chose, without the reactions of a create.

  /** Removes the user's rates, which a restore replaces. */
  public void removeAllForRestore(UserId user) {
    rates.deleteAll(user);
  }

  public void restore(UserId user, ExchangeRate rate) {
    rates.restore(user, rate);
  }
}
