package com.spendwise.category;

import java.util.UUID;

public record CategoryId(UUID value) {}
