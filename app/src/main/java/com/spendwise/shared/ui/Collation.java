package com.spendwise.shared.ui;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * Names in the order the page's language sorts them: in Vietnamese "ăn ngoài" comes before "công
 * tác" (the database orders by code point, which puts "ă" after "z").
 */
public final class Collation {

  private Collation() {}

  public static <T> List<T> byName(List<T> items, Function<T, String> name) {
    Locale locale = LocaleContextHolder.getLocale();
    Collator collator =
        Collator.getInstance(
            locale.getLanguage().equals("vi") ? Locale.forLanguageTag("vi-VN") : Locale.ENGLISH);
    collator.setStrength(Collator.SECONDARY);
    return items.stream().sorted(Comparator.comparing(name, collator)).toList();
  }
}
