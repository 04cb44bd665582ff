package com.spendwise.rule.ui;

import com.spendwise.rule.ui.RuleForm.ConditionRow;
import com.spendwise.shared.ui.AmountInput;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * Amounts of a rule's conditions as a person types and reads them: written the page's language's
 * way on the form, read back the same way, and refused on their row when they cannot be read or
 * could be read two ways ("45.000" in English).
 */
final class RuleAmounts {

  private RuleAmounts() {}

  /** Amounts as the page's language writes them, for the form to show. */
  static RuleForm localized(RuleForm form) {
    Locale locale = LocaleContextHolder.getLocale();
    return withConditions(
        form,
        form.conditions().stream()
            .map(
                row ->
                    row.kind().startsWith("AMOUNT:")
                        ? new ConditionRow(
                            row.group(),
                            row.kind(),
                            written(row.value(), locale),
                            written(row.value2(), locale),
                            row.refs())
                        : row)
            .toList());
  }

  /**
   * Amounts as typed in the page's language, read back as plain numbers; one that cannot be read,
   * or could be read two ways, is refused on its row.
   */
  static RuleForm plain(RuleForm form, Map<String, String> errors) {
    Locale locale = LocaleContextHolder.getLocale();
    List<ConditionRow> rows = new ArrayList<>();
    for (int i = 0; i < form.conditions().size(); i++) {
      ConditionRow row = form.conditions().get(i);
      if (!row.kind().startsWith("AMOUNT:")) {
        rows.add(row);
        continue;
      }
      rows.add(
          new ConditionRow(
              row.group(),
              row.kind(),
              read(row.value(), locale, "c" + i, errors),
              read(row.value2(), locale, "c" + i, errors),
              row.refs()));
    }
    return withConditions(form, rows);
  }

  private static String read(String typed, Locale locale, String row, Map<String, String> errors) {
    if (typed.isBlank()) {
      return "";
    }
    BigDecimal amount = AmountInput.parse(typed, locale).orElse(null);
    if (amount == null) {
      errors.putIfAbsent(row, "error.amount-format");
      return typed;
    }
    if (amount.scale() > 2) {
      // "45.000" in English, "45,000" in Vietnamese: thousands in the other language, most likely.
      errors.putIfAbsent(row, "error.rule-amount-decimals");
      return typed;
    }
    return amount.toPlainString();
  }

  private static String written(String plain, Locale locale) {
    try {
      return plain.isBlank() ? "" : AmountInput.write(new BigDecimal(plain), locale);
    } catch (NumberFormatException e) {
      return plain;
    }
  }

  private static RuleForm withConditions(RuleForm form, List<ConditionRow> rows) {
    return new RuleForm(
        form.name(),
        form.runsOn(),
        form.match(),
        form.active(),
        form.stopProcessing(),
        rows,
        form.groupMatch(),
        form.actions(),
        form.version(),
        form.suggestion());
  }
}
