package com.spendwise.category.internal;

import com.spendwise.category.CategoryDraft;
import com.spendwise.category.CategoryType;
import java.util.List;

/** The categories every new user starts with; they can rename or delete them. */
public final class DefaultCategories {

  public static final List<CategoryDraft> ALL =
      List.of(
          expense("Food & Drinks", "restaurant", "#E53935"),
          expense("Groceries", "shopping_cart", "#8E24AA"),
          expense("Transport", "directions_car", "#3949AB"),
          expense("Housing", "home", "#6D4C41"),
          expense("Bills & Utilities", "receipt", "#00897B"),
          expense("Health", "favorite", "#D81B60"),
          expense("Shopping", "shopping_bag", "#FB8C00"),
          expense("Entertainment", "movie", "#5E35B1"),
          expense("Education", "school", "#1E88E5"),
          expense("Other expenses", "more_horiz", "#757575"),
          income("Salary", "work", "#43A047"),
          income("Business", "store", "#7CB342"),
          income("Gifts", "card_giftcard", "#C0CA33"),
          income("Interest", "savings", "#00ACC1"),
          income("Other income", "more_horiz", "#9E9E9E"),
          new CategoryDraft("Transfer", CategoryType.TRANSFER, "swap_horiz", "#546E7A"));

  private DefaultCategories() {}

  private static CategoryDraft expense(String name, String icon, String color) {
    return new CategoryDraft(name, CategoryType.EXPENSE, icon, color);
  }

  private static CategoryDraft income(String name, String icon, String color) {
    return new CategoryDraft(name, CategoryType.INCOME, icon, color);
  }
}
