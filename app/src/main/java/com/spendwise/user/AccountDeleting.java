package com.spendwise.user;

/**
 * Published inside the transaction that deletes a person's account, just before their row goes:
 * modules that keep something for the person elsewhere (a shared ledger they own) settle it there.
 */
public record AccountDeleting(UserId user) {}
