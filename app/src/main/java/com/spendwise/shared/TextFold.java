package com.spendwise.shared;

import java.text.Normalizer;

/**
 * Text as matching sees it: Latin letters without case or accents ("Ăn trưa" → "an trua", "ĐIỆN" →
 * "dien"), combining marks dropped. The database's {@code spendwise_fold(text)} (migration V14) is
 * the same table of letters, so that a rule matched here and a search answered by the index agree;
 * {@code TextFoldTest} holds the two equal character by character. Letters outside the table
 * (Greek, Cyrillic…) are left as they are, case included: the database's own lower() depends on its
 * locale, and an index cannot.
 */
public final class TextFold {

  private static final char DROP = '\uffff';
  private static final char[] TABLE = table();

  private TextFold() {}

  public static String fold(String text) {
    if (text == null) {
      return null;
    }
    StringBuilder folded = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      char mapped = c < TABLE.length ? TABLE[c] : c;
      if (mapped != DROP) {
        folded.append(mapped);
      }
    }
    return folded.toString();
  }

  private static char[] table() {
    char[] table = new char[0x1F00];
    for (char c = 0; c < table.length; c++) {
      table[c] = c;
    }
    for (char c = 'A'; c <= 'Z'; c++) {
      table[c] = Character.toLowerCase(c);
    }
    String others = "ĐđŁłØø";
    String bases = "ddlloo";
    for (int i = 0; i < others.length(); i++) {
      table[others.charAt(i)] = bases.charAt(i);
    }
    accented(table, 0xC0, 0x24F);
    accented(table, 0x1E00, 0x1EFF);
    for (char mark = 0x300; mark < 0x370; mark++) {
      table[mark] = DROP;
    }
    return table;
  }

  /** Each letter of the range whose canonical decomposition is one ASCII letter and marks. */
  private static void accented(char[] table, int first, int last) {
    for (int c = first; c <= last; c++) {
      String base =
          Normalizer.normalize(String.valueOf((char) c), Normalizer.Form.NFD)
              .replaceAll("\\p{M}", "");
      if (base.length() == 1 && base.charAt(0) < 128 && Character.isLetter(base.charAt(0))) {
        table[c] = Character.toLowerCase(base.charAt(0));
      }
    }
  }
}
