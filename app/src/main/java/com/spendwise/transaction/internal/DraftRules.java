package com.spendwise.transaction.internal;

import com.spendwise.category.Category;
import com.spendwise.shared.Dates;
import com.spendwise.shared.FieldProblem;
import com.spendwise.shared.Money;
import com.spendwise.transaction.EntryDraft;
import com.spendwise.transaction.EntryMarks;
import com.spendwise.transaction.EntryType;
import com.spendwise.transaction.LedgerEntry;
import com.spendwise.transaction.TransactionId;
import com.spendwise.wallet.Wallet;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The rules of a transaction, in two steps: its shape (checkable without the database) and its fit
 * with the wallets and category it names. Each rule reports a field problem under {@code prefix} so
 * that a batch can say which item is wrong.
 */
public final class DraftRules {

  private DraftRules() {}

  /** What is wrong with a draft's shape, checkable without the database; empty when nothing. */
  public static List<FieldProblem> shapeProblems(EntryDraft draft, String prefix) {
    List<FieldProblem> problems = new ArrayList<>();
    if (draft.type() == null) {
      problems.add(
          new FieldProblem(
              prefix + "type", "required", "Must be one of INCOME, EXPENSE, TRANSFER."));
    }
    if (draft.amount() == null) {
      problems.add(new FieldProblem(prefix + "amount", "required", "Is required."));
    } else {
      checkAmount(prefix + "amount", draft.amount(), problems);
    }
    if (draft.targetAmount() != null) {
      checkAmount(prefix + "targetAmount", draft.targetAmount(), problems);
    }
    if (draft.date() == null) {
      problems.add(new FieldProblem(prefix + "date", "required", "Is required (YYYY-MM-DD)."));
    } else {
      Dates.checkRange(prefix + "date", draft.date(), problems);
    }
    EntryDraft.noteProblem(prefix + "note", draft.note()).ifPresent(problems::add);
    if (draft.tagIds() != null
        && (draft.tagIds().size() > EntryDraft.MAX_TAGS
            || draft.tagIds().stream().anyMatch(Objects::isNull))) {
      problems.add(
          new FieldProblem(
              prefix + "tagIds",
              "invalid",
              "Must be at most " + EntryDraft.MAX_TAGS + " tag ids, none null."));
    }
    if (draft.type() != null) {
      checkWallets(draft, prefix, problems);
    }
    return problems;
  }

  private static void checkAmount(String field, BigDecimal amount, List<FieldProblem> problems) {
    if (amount.signum() <= 0) {
      problems.add(new FieldProblem(field, "not-positive", "Must be more than 0."));
    } else {
      Money.checkBounds(field, amount).ifPresent(problems::add);
    }
  }

  private static void checkWallets(EntryDraft draft, String prefix, List<FieldProblem> problems) {
    boolean needsSource = draft.type() != EntryType.INCOME;
    boolean needsTarget = draft.type() != EntryType.EXPENSE;
    presence(
        prefix + "sourceWalletId", draft.sourceWalletId() != null, needsSource, draft, problems);
    presence(
        prefix + "targetWalletId", draft.targetWalletId() != null, needsTarget, draft, problems);
    if (draft.type() == EntryType.TRANSFER
        && draft.sourceWalletId() != null
        && draft.sourceWalletId().equals(draft.targetWalletId())) {
      problems.add(
          new FieldProblem(
              prefix + "targetWalletId", "same-wallet", "Must differ from sourceWalletId."));
    }
    if (draft.targetAmount() != null && draft.type() != EntryType.TRANSFER) {
      problems.add(
          new FieldProblem(
              prefix + "targetAmount", "not-allowed", "Only a TRANSFER has a targetAmount."));
    }
  }

  private static void presence(
      String field, boolean present, boolean needed, EntryDraft draft, List<FieldProblem> out) {
    if (present && !needed) {
      out.add(
          new FieldProblem(field, "not-allowed", "A " + draft.type() + " has no " + field + "."));
    } else if (!present && needed) {
      out.add(new FieldProblem(field, "required", "A " + draft.type() + " needs " + field + "."));
    }
  }

  /**
   * The entry a well-shaped draft becomes, given what it refers to, with amounts at their
   * currencies' scales; or null after adding its problems.
   */
  public static LedgerEntry build(
      TransactionId id,
      EntryDraft draft,
      DraftReferences.References refs,
      String prefix,
      List<FieldProblem> problems) {
    int before = problems.size();
    Wallet source = refs.wallet(draft.sourceWalletId());
    Wallet target = refs.wallet(draft.targetWalletId());
    Category category = refs.category(draft.categoryId());
    String currency = (source != null ? source : target).currency();
    Money.check(prefix + "amount", draft.amount(), currency).ifPresent(problems::add);
    BigDecimal targetAmount = null;
    if (draft.type() == EntryType.TRANSFER) {
      boolean crossCurrency = !source.currency().equals(target.currency());
      if (crossCurrency && draft.targetAmount() == null) {
        problems.add(
            new FieldProblem(
                prefix + "targetAmount",
                "required",
                "A transfer from "
                    + source.currency()
                    + " to "
                    + target.currency()
                    + " needs the amount that arrived."));
      } else if (crossCurrency) {
        Money.check(prefix + "targetAmount", draft.targetAmount(), target.currency())
            .ifPresent(problems::add);
        targetAmount = draft.targetAmount();
      } else if (draft.targetAmount() != null
          && draft.amount().compareTo(draft.targetAmount()) != 0) {
        problems.add(
            new FieldProblem(
                prefix + "targetAmount",
                "mismatch",
                "Both wallets use " + currency + ", so what arrives is the amount itself."));
      }
    }
    if (category != null) {
      category
          .typeProblem(prefix + "categoryId", draft.type().categoryType())
          .ifPresent(problems::add);
    }
    if (problems.size() > before) {
      return null;
    }
    return new LedgerEntry(
        id,
        draft.type(),
        Money.normalize(draft.amount(), currency),
        source == null ? null : source.id(),
        target == null ? null : target.id(),
        targetAmount == null ? null : Money.normalize(targetAmount, target.currency()),
        draft.categoryId(),
        draft.date(),
        draft.note(),
        draft.tagIds() == null ? List.of() : draft.tagIds().stream().distinct().toList(),
        null,
        0,
        Instant.EPOCH,
        Instant.EPOCH,
        EntryMarks.chosen(draft.categoryId() != null, draft.note(), draft.tagIds()));
  }
}
