package com.spendwise.shared.ui;

import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The text of a form's problem in the page's language ({@code ${@fieldMessages.message(errors,
 * errorArgs, field)}}): the message of its key, with the arguments a page put beside it (the
 * thousands reading of a typed amount, say).
 */
@Component("fieldMessages")
public class FieldMessages {

  private final MessageSource messages;

  FieldMessages(MessageSource messages) {
    this.messages = messages;
  }

  /** A refusal whose code the pages have no words for is "Check this value.", never a key. */
  public String message(Map<String, String> errors, Map<String, Object[]> args, String field) {
    Object[] values = args == null ? null : args.get(field);
    Locale locale = LocaleContextHolder.getLocale();
    String text = messages.getMessage(errors.get(field), values, null, locale);
    return text != null ? text : messages.getMessage("error.invalid", null, locale);
  }
}
