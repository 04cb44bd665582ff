package com.spendwise.shared.ui;

import java.io.Serializable;
import java.util.List;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A short confirmation after an action ("Saved: −45.000 ₫ Lunch"): a message key and its arguments,
 * carried across the redirect as a flash attribute, shown once by the layout (announced to screen
 * readers) and gone on the next page.
 */
public record Feedback(String key, List<Object> args) implements Serializable {

  public static final String ATTRIBUTE = "feedback";

  public static void flash(RedirectAttributes redirect, String key, Object... args) {
    redirect.addFlashAttribute(ATTRIBUTE, new Feedback(key, List.of(args)));
  }

  public Object[] argArray() {
    return args.toArray();
  }
}
