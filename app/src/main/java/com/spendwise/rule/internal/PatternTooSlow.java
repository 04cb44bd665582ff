package com.spendwise.rule.internal;

/**
 * A rule's regular expression looked at one note for longer than allowed: the rule then does not
 * match, and says why.
 */
public final class PatternTooSlow extends RuntimeException {

  PatternTooSlow() {
    super("The pattern took too long", null, false, false);
  }
}
