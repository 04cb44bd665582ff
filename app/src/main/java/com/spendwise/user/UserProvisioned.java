package com.spendwise.user;

/**
 * Published inside the transaction that created a user's row, so other modules can give a new user
 * their starting data in that same transaction, in {@code language} ("en" or "vi": the language of
 * the request that created the user).
 */
public record UserProvisioned(UserId user, String language) {}
