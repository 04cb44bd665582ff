package com.spendwise.tag;

import java.util.UUID;

public record TagId(UUID value) {}
