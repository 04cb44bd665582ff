package com.spendwise.shared.ui;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;

/** A date typed in a form's date field (the browser sends 2026-12-05; so do people without one). */
public final class DateInput {

  private DateInput() {}

  /** Empty for a blank field; a date that cannot be read goes in {@code errors}. */
  public static Optional<LocalDate> read(String field, String text, Map<String, String> errors) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(text.strip()));
    } catch (DateTimeParseException e) {
      errors.put(field, "error.date-format");
      return Optional.empty();
    }
  }

  /** A month named in a link (2026-12); empty when there is none or it cannot be read. */
  public static Optional<YearMonth> month(String text) {
    if (text == null || !text.strip().matches("\\d{4}-\\d{2}")) {
      return Optional.empty();
    }
    try {
      return Optional.of(YearMonth.parse(text.strip()));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
