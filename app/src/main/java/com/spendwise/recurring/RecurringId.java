package com.spendwise.recurring;

import java.util.UUID;

public record RecurringId(UUID value) {}
