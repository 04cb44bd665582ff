package com.spendwise.rule.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.spendwise.category.CategoryId;
import com.spendwise.category.CategoryType;
import com.spendwise.rule.Rule;
import com.spendwise.rule.RuleAction;
import com.spendwise.rule.RuleCondition;
import com.spendwise.rule.RuleCondition.Field;
import com.spendwise.rule.RuleCondition.Match;
import com.spendwise.rule.RuleCondition.Operator;
import com.spendwise.rule.RuleDraft.RunsOn;
import com.spendwise.rule.RuleId;
import com.spendwise.shared.Actors;
import com.spendwise.tag.TagId;
import com.spendwise.transaction.EntryField;
import com.spendwise.transaction.EntryMarks;
import com.spendwise.transaction.EntryType;
import com.spendwise.transaction.LedgerEntry;
import com.spendwise.transaction.TransactionId;
import com.spendwise.wallet.WalletId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Each condition and action on plain values: no database, no Spring. */
class RuleEngineTest {

  private static final WalletId CASH = new WalletId(UUID.randomUUID());
  private static final WalletId BANK = new WalletId(UUID.randomUUID());
  private static final UUID FOOD = UUID.randomUUID();
  private static final UUID SALARY = UUID.randomUUID();
  private static final UUID TAG = UUID.randomUUID();

  private static final RuleEffects.Lookups LOOKUPS =
      new RuleEffects.Lookups() {
        @Override
        public CategoryType categoryType(UUID category) {
          return category.equals(FOOD)
              ? CategoryType.EXPENSE
              : category.equals(SALARY) ? CategoryType.INCOME : null;
        }

        @Override
        public boolean tagExists(UUID tag) {
          return tag.equals(TAG);
        }
      };

  private static LedgerEntry entry(String note, String amount, int day, EntryMarks marks) {
    return new LedgerEntry(
        new TransactionId(UUID.randomUUID()),
        EntryType.EXPENSE,
        new BigDecimal(amount),
        CASH,
        null,
        null,
        null,
        LocalDate.of(2026, 11, day),
        note,
        List.of(),
        null,
        0,
        Instant.EPOCH,
        Instant.EPOCH,
        marks);
  }

  private static LedgerEntry entry(String note) {
    return entry(note, "100", 15, EntryMarks.IMPORTED);
  }

  private static Rule rule(Match match, List<RuleCondition> conditions, RuleAction... actions) {
    return new Rule(
        new RuleId(UUID.randomUUID()),
        "r",
        1,
        true,
        false,
        RunsOn.BOTH,
        match,
        conditions,
        List.of(actions),
        null,
        0,
        Instant.EPOCH,
        Instant.EPOCH,
        Actors.NONE);
  }

  private static boolean matches(RuleCondition condition, LedgerEntry entry) {
    return new CompiledRule(rule(Match.ALL, List.of(condition), setFood())).matches(entry);
  }

  private static RuleAction setFood() {
    return new RuleAction(RuleAction.Type.SET_CATEGORY, FOOD, null, null);
  }

  @Test
  void noteConditionsFoldCaseAndAccents() {
    LedgerEntry lunch = entry("Ăn trưa ở Điện Biên");
    assertThat(matches(RuleCondition.of(Field.NOTE, Operator.CONTAINS, "AN TRUA"), lunch)).isTrue();
    assertThat(matches(RuleCondition.of(Field.NOTE, Operator.STARTS_WITH, "ăn"), lunch)).isTrue();
    assertThat(matches(RuleCondition.of(Field.NOTE, Operator.STARTS_WITH, "trua"), lunch))
        .isFalse();
    assertThat(matches(RuleCondition.of(Field.NOTE, Operator.ENDS_WITH, "dien bien"), lunch))
        .isTrue();
    assertThat(matches(RuleCondition.of(Field.NOTE, Operator.EQUALS, "an trua o dien bien"), lunch))
        .isTrue();
    assertThat(matches(RuleCondition.of(Field.NOTE, Operator.EQUALS, "an trua"), lunch)).isFalse();
    assertThat(matches(RuleCondition.of(Field.NOTE, Operator.MATCHES, "^an\\s+tr.a"), lunch))
        .isTrue();
    assertThat(matches(RuleCondition.of(Field.NOTE, Operator.MATCHES, "Điện"), lunch)).isTrue();
    assertThat(matches(RuleCondition.of(Field.NOTE, Operator.CONTAINS, "x"), entry(null)))
        .isFalse();
  }

  @Test
  void aPathologicalPatternGivesUpInsteadOfStalling() {
    CompiledRule slow =
        new CompiledRule(
            rule(
                Match.ALL,
                List.of(RuleCondition.of(Field.NOTE, Operator.MATCHES, "(.*a){12}$")),
                setFood()));
    LedgerEntry entry = entry("a".repeat(300) + "b");

    long started = System.nanoTime();
    assertThatThrownBy(() -> slow.matches(entry)).isInstanceOf(PatternTooSlow.class);
    assertThat(System.nanoTime() - started).isLessThan(2_000_000_000L);
  }

  @Test
  void amountConditionsCompareInTheWalletsCurrency() {
    LedgerEntry entry = entry("x", "100.50", 15, EntryMarks.IMPORTED);
    assertThat(matches(RuleCondition.of(Field.AMOUNT, Operator.EQUALS, "100.5"), entry)).isTrue();
    assertThat(matches(RuleCondition.of(Field.AMOUNT, Operator.GREATER, "100.50"), entry))
        .isFalse();
    assertThat(matches(RuleCondition.of(Field.AMOUNT, Operator.LESS, "101"), entry)).isTrue();
    RuleCondition between =
        new RuleCondition(Field.AMOUNT, Operator.BETWEEN, "100.50", "200", null, null, null);
    assertThat(matches(between, entry)).as("ends included").isTrue();
  }

  @Test
  void typeWalletCategoryTagDayAndImportedConditions() {
    LedgerEntry entry = entry("x", "1", 30, EntryMarks.chosen(false, "x", List.of()));
    assertThat(matches(RuleCondition.of(Field.TYPE, Operator.IS, "EXPENSE"), entry)).isTrue();
    assertThat(matches(RuleCondition.of(Field.TYPE, Operator.IS, "INCOME"), entry)).isFalse();
    assertThat(
            matches(
                RuleCondition.ofIds(
                    Field.WALLET, Operator.ONE_OF, List.of(BANK.value(), CASH.value())),
                entry))
        .isTrue();
    assertThat(
            matches(RuleCondition.ofIds(Field.WALLET, Operator.IS, List.of(BANK.value())), entry))
        .isFalse();
    assertThat(matches(RuleCondition.ofIds(Field.CATEGORY, Operator.EMPTY, List.of()), entry))
        .isTrue();
    assertThat(matches(RuleCondition.ofIds(Field.CATEGORY, Operator.IS, List.of(FOOD)), entry))
        .isFalse();
    assertThat(matches(RuleCondition.ofIds(Field.TAG, Operator.NONE, List.of()), entry)).isTrue();
    assertThat(matches(RuleCondition.ofIds(Field.TAG, Operator.HAS, List.of(TAG)), entry))
        .isFalse();
    RuleCondition lastDays =
        new RuleCondition(Field.DAY_OF_MONTH, Operator.BETWEEN, "28", "31", null, null, null);
    RuleCondition firstDays =
        new RuleCondition(Field.DAY_OF_MONTH, Operator.BETWEEN, "1", "29", null, null, null);
    assertThat(matches(firstDays, entry)).isFalse();
    assertThat(matches(lastDays, entry)).isTrue();
    assertThat(matches(RuleCondition.of(Field.IMPORTED, Operator.IS, "false"), entry)).isTrue();
    assertThat(matches(RuleCondition.of(Field.IMPORTED, Operator.IS, "true"), entry)).isFalse();
  }

  @Test
  void anyAndGroupsCombine() {
    RuleCondition pho = RuleCondition.of(Field.NOTE, Operator.CONTAINS, "pho");
    RuleCondition bun = RuleCondition.of(Field.NOTE, Operator.CONTAINS, "bun");
    RuleCondition big = RuleCondition.of(Field.AMOUNT, Operator.GREATER, "50");
    CompiledRule rule =
        new CompiledRule(
            rule(
                Match.ALL,
                List.of(RuleCondition.group(Match.ANY, List.of(pho, bun)), big),
                setFood()));

    assertThat(rule.matches(entry("Bún chả", "60", 1, EntryMarks.IMPORTED))).isTrue();
    assertThat(rule.matches(entry("Bún chả", "40", 1, EntryMarks.IMPORTED))).isFalse();
    assertThat(rule.matches(entry("Cơm", "60", 1, EntryMarks.IMPORTED))).isFalse();
    assertThat(
            new CompiledRule(rule(Match.ANY, List.of(pho, big), setFood()))
                .matches(entry("Cơm", "60", 1, EntryMarks.IMPORTED)))
        .isTrue();
  }

  @Test
  void actionsSetWhatIsNotThePersonsAndSayWhichRule() {
    RuleAction tag = new RuleAction(RuleAction.Type.ADD_TAGS, null, List.of(TAG), null);
    RuleAction append = new RuleAction(RuleAction.Type.APPEND_NOTE, null, null, "(Grab)");
    Rule rule = rule(Match.ALL, List.of(), setFood(), tag, append);
    LedgerEntry imported = entry("GRAB*1");
    LedgerEntry typed = entry("x", "1", 1, EntryMarks.chosen(true, "mine", List.of()));

    LedgerEntry after = RuleEffects.apply(rule, imported, LOOKUPS).entry();
    LedgerEntry twice = RuleEffects.apply(rule, after, LOOKUPS).entry();
    LedgerEntry kept = RuleEffects.apply(rule, typed, LOOKUPS).entry();

    assertThat(after.categoryId()).isEqualTo(new CategoryId(FOOD));
    assertThat(after.tagIds()).containsExactly(new TagId(TAG));
    assertThat(after.note()).isEqualTo("GRAB*1 (Grab)");
    assertThat(after.marks().byRule())
        .isEqualTo(
            Map.of(
                EntryField.CATEGORY, rule.id().value(),
                EntryField.TAGS, rule.id().value(),
                EntryField.NOTE, rule.id().value()));
    assertThat(twice.note()).as("appending is idempotent").isEqualTo("GRAB*1 (Grab)");
    assertThat(kept.categoryId()).isNull();
    assertThat(kept.note()).isEqualTo("x");
    assertThat(kept.marks().byRule()).containsOnlyKeys(EntryField.TAGS);
  }

  @Test
  void aMissingCategoryOrTagIsSkippedAndReported() {
    Rule gone =
        rule(
            Match.ALL,
            List.of(),
            new RuleAction(RuleAction.Type.SET_CATEGORY, UUID.randomUUID(), null, null));
    Rule noTag =
        rule(
            Match.ALL,
            List.of(),
            new RuleAction(RuleAction.Type.ADD_TAGS, null, List.of(UUID.randomUUID()), null));
    Rule income =
        rule(
            Match.ALL,
            List.of(RuleCondition.of(Field.TYPE, Operator.IS, "EXPENSE")),
            new RuleAction(RuleAction.Type.SET_CATEGORY, SALARY, null, null));

    RuleEffects.Result category = RuleEffects.apply(gone, entry("x"), LOOKUPS);
    RuleEffects.Result tag = RuleEffects.apply(noTag, entry("x"), LOOKUPS);
    RuleEffects.Result wrongType = RuleEffects.apply(income, entry("x"), LOOKUPS);

    assertThat(category.problem()).isEqualTo("category-deleted");
    assertThat(category.entry().categoryId()).isNull();
    assertThat(tag.problem()).isEqualTo("tag-deleted");
    assertThat(tag.entry().tagIds()).isEmpty();
    assertThat(wrongType.problem()).isEqualTo("category-wrong-type");
    assertThat(wrongType.entry().categoryId()).isNull();
  }

  @Test
  void removeTagsAndSetNote() {
    LedgerEntry tagged =
        entry("old", "1", 1, EntryMarks.IMPORTED)
            .withRuleFields(null, "old", List.of(new TagId(TAG)), EntryMarks.IMPORTED);
    Rule rule =
        rule(
            Match.ALL,
            List.of(),
            new RuleAction(RuleAction.Type.REMOVE_TAGS, null, List.of(TAG), null),
            new RuleAction(RuleAction.Type.SET_NOTE, null, null, "Electricity"));

    LedgerEntry after = RuleEffects.apply(rule, tagged, LOOKUPS).entry();

    assertThat(after.tagIds()).isEmpty();
    assertThat(after.note()).isEqualTo("Electricity");
    assertThat(after.marks().byRule().keySet()).isEqualTo(Set.of(EntryField.TAGS, EntryField.NOTE));
  }

  @Test
  void notesCleanUpToTheSameKeyAndOfferTheirOpeningWords() {
    assertThat(NoteKeys.key("GRAB*12345 HCM")).isEqualTo("grab hcm");
    assertThat(NoteKeys.key("Grab 99 hcm")).isEqualTo("grab hcm");
    assertThat(NoteKeys.key("12 34")).isNull();
    assertThat(NoteKeys.prefix("GRAB*12345 HCM", "grab hcm")).isEqualTo("GRAB");
    assertThat(NoteKeys.prefix("Ăn trưa 12", "an trua")).isEqualTo("Ăn trưa");
    assertThat(NoteKeys.prefix("Xe 12 buýt", "xe buyt")).isEqualTo("xe buyt");
  }
}
