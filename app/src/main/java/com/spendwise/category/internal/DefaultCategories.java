package com.spendwise.category.internal;

import com.spendwise.category.CategoryDraft;
import com.spendwise.category.CategoryType;
import java.util.List;

/**
 * The categories every new user starts with, in English or Vietnamese (the language of the request
 * that created the user); they can rename or delete them. Both lists are in the same order: a
 * starting category is the same one at the same index in each language.
 */
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

  /** The same categories, named as a Vietnamese speaker would name them. */
  public static final List<CategoryDraft> VIETNAMESE =
      List.of(
          expense("Ăn uống", "restaurant", "#E53935"),
          expense("Đi chợ, siêu thị", "shopping_cart", "#8E24AA"),
          expense("Đi lại", "directions_car", "#3949AB"),
          expense("Nhà ở", "home", "#6D4C41"),
          expense("Hóa đơn, tiện ích", "receipt", "#00897B"),
          expense("Sức khỏe", "favorite", "#D81B60"),
          expense("Mua sắm", "shopping_bag", "#FB8C00"),
          expense("Giải trí", "movie", "#5E35B1"),
          expense("Giáo dục", "school", "#1E88E5"),
          expense("Chi tiêu khác", "more_horiz", "#757575"),
          income("Lương", "work", "#43A047"),
          income("Kinh doanh", "store", "#7CB342"),
          income("Quà tặng", "card_giftcard", "#C0CA33"),
          income("Tiền lãi", "savings", "#00ACC1"),
          income("Thu nhập khác", "more_horiz", "#9E9E9E"),
          new CategoryDraft("Chuyển khoản", CategoryType.TRANSFER, "swap_horiz", "#546E7A"));

  private DefaultCategories() {}

  public static List<CategoryDraft> in(String language) {
    return "vi".equals(language) ? VIETNAMESE : ALL;
  }

  /** The names the starting category at {@code index} has in every language. */
  public static List<String> namesAt(int index) {
    return List.of(ALL.get(index).name(), VIETNAMESE.get(index).name());
  }

  private static CategoryDraft expense(String name, String icon, String color) {
    return new CategoryDraft(name, CategoryType.EXPENSE, icon, color);
  }

  private static CategoryDraft income(String name, String icon, String color) {
    return new CategoryDraft(name, CategoryType.INCOME, icon, color);
  }
}
