package com.spendwise.ui;

import com.spendwise.exchange.ImportMapping;
import com.spendwise.exchange.ImportService;
import com.spendwise.shared.FieldProblem;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A preview row's problem in the page's language, with what the file says ({@code
 * ${@importProblems.text(row, problem, mapping)}}): "“31/02/2026” matches the format dd/MM/yyyy but
 * is no real day", not "Check this value". Problems without the file's text (an OFX statement's)
 * use the general message of their code.
 */
@Component("importProblems")
class ImportProblems {

  private final MessageSource messages;

  ImportProblems(MessageSource messages) {
    this.messages = messages;
  }

  public String text(ImportService.RowResult row, FieldProblem problem, ImportMapping mapping) {
    Map<String, String> cells = row.cells();
    String cell = cells.get(problem.field());
    if (cell == null && problem.field().equals("amount")) {
      cell = cells.getOrDefault("debit", cells.get("credit"));
    }
    var locale = LocaleContextHolder.getLocale();
    if (cell != null && mapping != null) {
      Object[] args = {
        cell,
        mapping.dateFormatOrDefault(),
        String.valueOf(mapping.decimalSeparatorOrDefault()),
        cells.get("debit"),
        cells.get("credit")
      };
      String text = messages.getMessage("import.problem." + problem.code(), args, null, locale);
      if (text != null) {
        return text;
      }
    }
    String general = messages.getMessage("error." + problem.code(), null, null, locale);
    return general != null ? general : messages.getMessage("error.invalid", null, locale);
  }
}
