package com.spendwise.category;

/** What a client sets on a category; PUT replaces all of it. */
public record CategoryDraft(String name, CategoryType type, String icon, String color) {}
