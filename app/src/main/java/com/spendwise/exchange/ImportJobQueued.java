package com.spendwise.exchange;

import java.util.UUID;

/** Published once a job is stored, so that a worker can start on it without waiting to poll. */
public record ImportJobQueued(UUID id) {}
