package com.spendwise.recurring;

import java.time.LocalDate;

/** An occurrence of an active rule that is still to be recorded. */
public record UpcomingOccurrence(RecurringRule rule, LocalDate date) {}
