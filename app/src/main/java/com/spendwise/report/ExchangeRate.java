package com.spendwise.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** 1 {@code base} is worth {@code rate} {@code quote}, from {@code date} until a later rate. */
public record ExchangeRate(
    ExchangeRateId id,
    String base,
    String quote,
    BigDecimal rate,
    LocalDate date,
    long version,
    Instant createdAt,
    Instant updatedAt) {}
