package com.spendwise.budget;

import java.util.UUID;

public record BudgetId(UUID value) {}
