package com.spendwise.transaction;

/** The fields of a transaction that rules may set and a person may claim as theirs. */
public enum EntryField {
  CATEGORY,
  TAGS,
  NOTE
}
