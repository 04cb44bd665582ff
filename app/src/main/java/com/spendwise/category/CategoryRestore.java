package com.spendwise.category;

import com.spendwise.category.internal.CategoryRepository;
import com.spendwise.user.UserId;
import org.springframework.stereotype.Service;

/**
 * A backup's categories going back in (for the exchange module's restore): as the backup has them,
 * under the ids the restore chose. No events.
 */
@Service
public class CategoryRestore {

  private final CategoryRepository categories;

  CategoryRestore(CategoryRepository categories) {
    this.categories = categories;
  }

  /** Removes the user's categories (a new account's starting ones), which a restore replaces. */
  public void removeAll(UserId user) {
    categories.deleteAll(user);
  }

  public void restore(UserId user, CategoryId id, Category category) {
    categories.restore(user, id, category);
  }
}
