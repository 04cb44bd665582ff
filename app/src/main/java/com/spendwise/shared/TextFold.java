package com.spendwise.shared;

import java.text.Normalizer;

/**
 * Text as matching sees it: Latin letters without case or accents ("Ăn trưa" → "an trua", "ĐIỆN" →
 * "dien"). The canonical decomposition (NFD) loses its combining marks (U+0300 to U+036F), the
 * letters that do not decompose (Đ đ Ł ł Ø ø) become their base letter, and A to Z are lowered;
 * other letters (Greek, Cyrillic…) keep their case, since the database's own lowering of them
 * depends on its locale and an index cannot. The database's {@code spendwise_fold(text)} (migration
 * V14) is the same steps, so that a rule matched here and a search answered by the index agree;
 * {@code AccentFreeSearchTest} holds the two equal character by character.
 */
public final class TextFold {

  private TextFold() {}

  public static String fold(String text) {
    if (text == null) {
      return null;
    }
    boolean ascii = text.chars().allMatch(c -> c < 0x80);
    String base =
        ascii
            ? text
            : Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("[\u0300-\u036f]", "");
    StringBuilder folded = new StringBuilder(base.length());
    for (int i = 0; i < base.length(); i++) {
      char c = base.charAt(i);
      folded.append(
          switch (c) {
            case 'Đ', 'đ' -> 'd';
            case 'Ł', 'ł' -> 'l';
            case 'Ø', 'ø' -> 'o';
            default -> c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
          });
    }
    return folded.toString();
  }
}
