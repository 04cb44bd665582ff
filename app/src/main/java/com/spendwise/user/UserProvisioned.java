package com.spendwise.user;

/**
 * Published inside the transaction that created a user's row, so other modules can give a new user
 * their starting data in that same transaction.
 */
public record UserProvisioned(UserId user) {}
