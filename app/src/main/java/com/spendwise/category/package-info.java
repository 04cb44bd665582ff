/**
 * Categories. Owns the categories table and a new user's defaults. Publishes {@link
 * com.spendwise.category.Category} with the category-type rule, and {@link
 * com.spendwise.category.CategoryReplaced} when a deleted category hands its uses to another.
 */
package com.spendwise.category;
