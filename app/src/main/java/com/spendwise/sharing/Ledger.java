package com.spendwise.sharing;

import com.spendwise.user.UserId;

/**
 * A ledger a person can act on: their own ({@code personal}, where they are the owner), or a shared
 * one with their role in it. {@code id} is what the {@code SpendWise-Ledger} header names.
 */
public record Ledger(UserId id, String name, boolean personal, Role role, String currency) {}
