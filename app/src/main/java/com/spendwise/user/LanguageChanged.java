package com.spendwise.user;

/**
 * Published inside the transaction that set a profile's language to {@code language} ("en" or
 * "vi"), so that data a module gave the user in the old language (starting categories) can follow.
 */
public record LanguageChanged(UserId user, String language) {}
