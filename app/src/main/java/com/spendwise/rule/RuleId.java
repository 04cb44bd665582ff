package com.spendwise.rule;

import java.util.UUID;

public record RuleId(UUID value) {}
