package com.spendwise.rule.internal;

/**
 * Text that gives up when a regular expression has looked at it for too long: a pathological
 * pattern (catastrophic backtracking) reads characters for ever, and each read checks the clock.
 */
final class BoundedText implements CharSequence {

  private final CharSequence text;
  private final long deadline;
  private int reads;

  BoundedText(CharSequence text, long deadline) {
    this.text = text;
    this.deadline = deadline;
  }

  @Override
  public char charAt(int index) {
    if ((++reads & 0x3FF) == 0 && System.nanoTime() > deadline) {
      throw new PatternTooSlow();
    }
    return text.charAt(index);
  }

  @Override
  public int length() {
    return text.length();
  }

  @Override
  public CharSequence subSequence(int start, int end) {
    return new BoundedText(text.subSequence(start, end), deadline);
  }

  @Override
  public String toString() {
    return text.toString();
  }
}
