package com.spendwise.report;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What a client sets on an exchange rate; PUT replaces all of it. */
public record ExchangeRateDraft(String base, String quote, BigDecimal rate, LocalDate date) {}
