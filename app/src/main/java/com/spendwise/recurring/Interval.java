package com.spendwise.recurring;

public enum Interval {
  DAILY,
  WEEKLY,
  MONTHLY,
  YEARLY
}
