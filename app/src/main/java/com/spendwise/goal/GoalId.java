package com.spendwise.goal;

import java.util.UUID;

public record GoalId(UUID value) {}
