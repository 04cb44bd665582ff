package com.spendwise.rule.internal;

import com.spendwise.shared.TextFold;

/**
 * Notes cleaned up so that the same payee's notes compare equal: folded (no case, no accents),
 * digits and punctuation gone ("GRAB*12345 HCM" and "Grab 99 hcm" are both "grab hcm").
 */
public final class NoteKeys {

  static final int MAX_KEY = 100;

  private NoteKeys() {}

  /** The note's key, or null when too little of it is left to learn from. */
  public static String key(String note) {
    if (note == null) {
      return null;
    }
    String words = TextFold.fold(note).replaceAll("[^\\p{L}]+", " ").strip().replaceAll(" +", " ");
    if (words.replace(" ", "").length() < 3) {
      return null;
    }
    return words.length() <= MAX_KEY ? words : words.substring(0, MAX_KEY).strip();
  }

  /**
   * What an offered rule's note starts with: the note's opening letters and spaces as typed
   * ("GRAB*12345 HCM" → "GRAB"), or the key when they are fewer than three letters.
   */
  public static String prefix(String example, String key) {
    int end = 0;
    while (end < example.length()
        && (Character.isLetter(example.charAt(end))
            || Character.getType(example.charAt(end)) == Character.NON_SPACING_MARK
            || example.charAt(end) == ' ')) {
      end++;
    }
    String prefix = example.substring(0, end).strip();
    return prefix.replace(" ", "").length() >= 3 ? prefix : key;
  }
}
