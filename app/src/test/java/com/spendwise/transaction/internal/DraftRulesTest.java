package com.spendwise.transaction.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.spendwise.shared.FieldProblem;
import com.spendwise.tag.TagId;
import com.spendwise.transaction.EntryDraft;
import com.spendwise.transaction.EntryFilter;
import com.spendwise.transaction.EntryType;
import com.spendwise.wallet.WalletId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The shape of a draft and of a list's filter, checked without a database. */
class DraftRulesTest {

  private static final WalletId CASH = new WalletId(UUID.randomUUID());
  private static final WalletId BANK = new WalletId(UUID.randomUUID());
  private static final LocalDate DAY = LocalDate.of(2026, 12, 1);

  private static List<String> problems(EntryDraft draft) {
    return DraftRules.shapeProblems(draft, "items[3].").stream()
        .map(p -> p.field() + ":" + p.code())
        .toList();
  }

  private static EntryDraft draft(
      EntryType type, String amount, WalletId source, WalletId target, String targetAmount) {
    return new EntryDraft(
        type,
        amount == null ? null : new BigDecimal(amount),
        source,
        target,
        targetAmount == null ? null : new BigDecimal(targetAmount),
        null,
        DAY,
        null,
        List.of());
  }

  @Test
  void eachTypeNamesTheWalletsItMoves() {
    assertThat(problems(draft(EntryType.EXPENSE, "10", CASH, null, null))).isEmpty();
    assertThat(problems(draft(EntryType.INCOME, "10", null, CASH, null))).isEmpty();
    assertThat(problems(draft(EntryType.TRANSFER, "10", CASH, BANK, "2"))).isEmpty();
    assertThat(problems(draft(EntryType.EXPENSE, "10", null, CASH, null)))
        .containsExactlyInAnyOrder(
            "items[3].sourceWalletId:required", "items[3].targetWalletId:not-allowed");
    assertThat(problems(draft(EntryType.TRANSFER, "10", CASH, CASH, null)))
        .containsExactly("items[3].targetWalletId:same-wallet");
    assertThat(problems(draft(EntryType.INCOME, "10", null, CASH, "5")))
        .containsExactly("items[3].targetAmount:not-allowed");
  }

  @Test
  void amountsArePositiveAndBounded() {
    assertThat(problems(draft(EntryType.EXPENSE, null, CASH, null, null)))
        .containsExactly("items[3].amount:required");
    assertThat(problems(draft(EntryType.EXPENSE, "0", CASH, null, null)))
        .containsExactly("items[3].amount:not-positive");
    assertThat(problems(draft(EntryType.EXPENSE, "1000000000000000", CASH, null, null)))
        .containsExactly("items[3].amount:out-of-range");
    assertThat(problems(draft(EntryType.TRANSFER, "1", CASH, BANK, "-1")))
        .containsExactly("items[3].targetAmount:not-positive");
  }

  @Test
  void notesTagsAndTypeHaveTheirLimits() {
    EntryDraft noisy =
        new EntryDraft(
            null,
            BigDecimal.ONE,
            CASH,
            null,
            null,
            null,
            null,
            "x".repeat(EntryDraft.MAX_NOTE + 1),
            Collections.nCopies(EntryDraft.MAX_TAGS + 1, new TagId(UUID.randomUUID())));
    assertThat(problems(noisy))
        .containsExactlyInAnyOrder(
            "items[3].type:required",
            "items[3].date:required",
            "items[3].note:size",
            "items[3].tagIds:invalid");
  }

  @Test
  void aFilterIsRefusedForItsShapeBeforeAnyQuery() {
    EntryFilter backwards =
        new EntryFilter(
            DAY,
            DAY.minusDays(1),
            null,
            null,
            Collections.nCopies(EntryDraft.MAX_TAGS + 1, new TagId(UUID.randomUUID())),
            false,
            null,
            BigDecimal.TEN,
            BigDecimal.ONE,
            " ",
            null,
            null);
    assertThat(backwards.problems())
        .extracting(FieldProblem::field)
        .containsExactlyInAnyOrder("from", "minAmount", "q", "tagIds");
    assertThat(EntryFilter.none().problems()).isEmpty();
  }
}
