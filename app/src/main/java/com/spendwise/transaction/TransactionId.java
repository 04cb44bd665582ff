package com.spendwise.transaction;

import java.util.UUID;

public record TransactionId(UUID value) {}
