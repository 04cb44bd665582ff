package com.spendwise.recurring;

/** What one scheduler run did: occurrences recorded, and rules paused because they failed. */
public record RecurringRun(int recorded, int failed) {}
