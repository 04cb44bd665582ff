package com.spendwise.report;

import java.util.UUID;

public record ExchangeRateId(UUID value) {}
