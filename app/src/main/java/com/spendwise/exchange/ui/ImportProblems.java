package com.spendwise.exchange.ui;

import com.spendwise.exchange.ImportMapping;
import com.spendwise.exchange.ImportService;
import com.spendwise.shared.FieldProblem;
import java.util.ArrayList;
import java.util.List;
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

  static final int PREVIEW_ROWS = 200;

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

  /**
   * The rows a preview page lists: the first {@value #PREVIEW_ROWS}, and after them those with
   * problems (up to as many again). The counts above the table cover every row; a page of 100,000
   * rows would help nobody.
   */
  static List<ImportService.RowResult> shownRows(List<ImportService.RowResult> rows) {
    List<ImportService.RowResult> shown = new ArrayList<>();
    for (int i = 0; i < rows.size() && shown.size() < 2 * PREVIEW_ROWS; i++) {
      if (i < PREVIEW_ROWS || rows.get(i).status() == ImportService.Status.INVALID) {
        shown.add(rows.get(i));
      }
    }
    return shown;
  }
}
