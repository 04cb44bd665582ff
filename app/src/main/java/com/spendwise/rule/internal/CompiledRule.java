package com.spendwise.rule.internal;

import com.spendwise.rule.Rule;
import com.spendwise.rule.RuleCondition;
import com.spendwise.rule.RuleCondition.Field;
import com.spendwise.rule.RuleCondition.Match;
import com.spendwise.rule.RuleCondition.Operator;
import com.spendwise.shared.TextFold;
import com.spendwise.transaction.EntryType;
import com.spendwise.transaction.LedgerEntry;
import com.spendwise.wallet.WalletId;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A rule ready to run: each condition turned once into a test of an entry (texts folded, numbers
 * parsed, patterns compiled), so that running it on a new transaction costs no parsing.
 */
public final class CompiledRule {

  /** How long one regular expression may look at one note. */
  static final long PATTERN_NANOS = TimeUnit.MILLISECONDS.toNanos(20);

  /** An entry with its note folded once, however many conditions read it. */
  public record Subject(LedgerEntry entry, String foldedNote) {

    public static Subject of(LedgerEntry entry) {
      return new Subject(entry, TextFold.fold(entry.note() == null ? "" : entry.note()));
    }
  }

  private final Rule rule;
  private final Predicate<Subject> test;

  public CompiledRule(Rule rule) {
    this.rule = rule;
    this.test = all(rule.match(), rule.conditions());
  }

  public Rule rule() {
    return rule;
  }

  /** Whether the entry matches; a pattern that takes too long throws {@link PatternTooSlow}. */
  public boolean matches(Subject subject) {
    return test.test(subject);
  }

  public boolean matches(LedgerEntry entry) {
    return matches(Subject.of(entry));
  }

  private static Predicate<Subject> all(Match match, List<RuleCondition> conditions) {
    List<Predicate<Subject>> tests =
        conditions.stream()
            .map(c -> c.isGroup() ? all(c.match(), c.conditions()) : condition(c))
            .toList();
    if (match == Match.ANY) {
      return entry -> tests.stream().anyMatch(t -> t.test(entry));
    }
    return entry -> tests.stream().allMatch(t -> t.test(entry));
  }

  static Predicate<Subject> condition(RuleCondition c) {
    if (c.field() == Field.NOTE) {
      return note(c.operator(), c.value());
    }
    Predicate<LedgerEntry> test = fieldTest(c);
    return subject -> test.test(subject.entry());
  }

  private static Predicate<LedgerEntry> fieldTest(RuleCondition c) {
    return switch (c.field()) {
      case NOTE -> throw new IllegalArgumentException("a note is tested on its subject");
      case AMOUNT -> amount(c.operator(), c.value(), c.value2());
      case TYPE -> {
        EntryType type = EntryType.valueOf(c.value());
        yield entry -> entry.type() == type;
      }
      case WALLET -> {
        Set<UUID> wallets = new HashSet<>(c.idList());
        yield entry -> in(wallets, entry.sourceWalletId()) || in(wallets, entry.targetWalletId());
      }
      case CATEGORY ->
          c.operator() == Operator.EMPTY
              ? entry -> entry.categoryId() == null
              : entry ->
                  entry.categoryId() != null && c.idList().contains(entry.categoryId().value());
      case TAG ->
          c.operator() == Operator.NONE
              ? entry -> entry.tagIds().isEmpty()
              : entry -> entry.tagIds().stream().anyMatch(t -> c.idList().contains(t.value()));
      case DAY_OF_MONTH -> {
        int first = Integer.parseInt(c.value().strip());
        int last = Integer.parseInt(c.value2().strip());
        yield entry ->
            entry.date().getDayOfMonth() >= first && entry.date().getDayOfMonth() <= last;
      }
      case IMPORTED -> {
        boolean imported = Boolean.parseBoolean(c.value().strip());
        yield entry -> entry.marks().imported() == imported;
      }
    };
  }

  private static boolean in(Set<UUID> wallets, WalletId wallet) {
    return wallet != null && wallets.contains(wallet.value());
  }

  private static Predicate<Subject> note(Operator operator, String value) {
    if (operator == Operator.MATCHES) {
      Pattern pattern = Pattern.compile(value, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
      return subject -> {
        String note = subject.entry().note() == null ? "" : subject.entry().note();
        long deadline = System.nanoTime() + PATTERN_NANOS;
        return pattern.matcher(new BoundedText(note, deadline)).find()
            || pattern.matcher(new BoundedText(subject.foldedNote(), deadline)).find();
      };
    }
    String wanted = TextFold.fold(value);
    return subject -> {
      String note = subject.foldedNote();
      return switch (operator) {
        case CONTAINS -> note.contains(wanted);
        case STARTS_WITH -> note.startsWith(wanted);
        case ENDS_WITH -> note.endsWith(wanted);
        default -> note.equals(wanted);
      };
    };
  }

  private static Predicate<LedgerEntry> amount(Operator operator, String value, String value2) {
    BigDecimal first = new BigDecimal(value.strip());
    BigDecimal last = value2 == null ? null : new BigDecimal(value2.strip());
    return entry -> {
      int compared = entry.amount().compareTo(first);
      return switch (operator) {
        case GREATER -> compared > 0;
        case LESS -> compared < 0;
        case BETWEEN -> compared >= 0 && entry.amount().compareTo(last) <= 0;
        default -> compared == 0;
      };
    };
  }

  /** A top-level ALL condition the rule cannot match without: used to narrow a search. */
  public List<RuleCondition> required() {
    return rule.match() == Match.ALL
        ? rule.conditions().stream().filter(c -> !c.isGroup()).toList()
        : List.of();
  }
}
