package com.spendwise.category.ui;

import com.spendwise.category.Category;
import com.spendwise.category.CategoryDraft;
import com.spendwise.category.CategoryId;
import com.spendwise.category.CategoryService;
import com.spendwise.category.CategoryType;
import com.spendwise.shared.ProblemException;
import com.spendwise.shared.ui.Collation;
import com.spendwise.shared.ui.Feedback;
import com.spendwise.shared.ui.FormErrors;
import com.spendwise.shared.ui.Manage;
import com.spendwise.shared.ui.PageController;
import com.spendwise.user.CurrentUser;
import com.spendwise.user.UserId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The categories page (by type, with a form for a new one) and one category's page: rename, and
 * delete; one in use is deleted only by moving its transactions, rules and budgets to a replacement
 * of the same type, chosen on the page.
 */
@PageController
class CategoryPages {

  private final CategoryService categories;

  CategoryPages(CategoryService categories) {
    this.categories = categories;
  }

  @GetMapping("/categories")
  String list(@CurrentUser UserId user, Model model) {
    return page(user, model, "", CategoryType.EXPENSE.name(), Map.of());
  }

  @PostMapping("/categories")
  String create(
      @CurrentUser UserId user,
      @RequestParam(defaultValue = "") String name,
      @RequestParam(defaultValue = "") String type,
      Model model,
      RedirectAttributes redirect) {
    try {
      Category created = categories.create(user, new CategoryDraft(name, typeOf(type), null, null));
      Feedback.flash(redirect, "feedback.saved", created.name());
      return "redirect:/categories";
    } catch (ProblemException e) {
      return page(user, model, name, type, FormErrors.of(e, field -> field, "name"));
    }
  }

  @GetMapping("/categories/{id}")
  String manage(@CurrentUser UserId user, @PathVariable UUID id, Model model) {
    Category category = categories.get(user, new CategoryId(id));
    return manage(user, model, category, category.name(), Map.of());
  }

  /** Renames; the type, icon and colour stay as they are. */
  @PostMapping("/categories/{id}")
  String save(
      @CurrentUser UserId user,
      @PathVariable UUID id,
      @RequestParam(defaultValue = "") String name,
      @RequestParam(defaultValue = "") String version,
      Model model,
      RedirectAttributes redirect) {
    Category current = categories.get(user, new CategoryId(id));
    try {
      Category saved =
          categories.update(
              user,
              current.id(),
              new CategoryDraft(name, current.type(), current.icon(), current.color()),
              Manage.version(version));
      Feedback.flash(redirect, "feedback.saved", saved.name());
      return "redirect:/categories";
    } catch (ProblemException e) {
      return manage(user, model, current, name, Manage.errors(e, "name"));
    }
  }

  @PostMapping("/categories/{id}/delete")
  String delete(
      @CurrentUser UserId user,
      @PathVariable UUID id,
      @RequestParam(defaultValue = "") String replacementId,
      @RequestParam(defaultValue = "") String version,
      Model model,
      RedirectAttributes redirect) {
    Category current = categories.get(user, new CategoryId(id));
    try {
      categories.delete(user, current.id(), replacement(replacementId), Manage.version(version));
      Feedback.flash(redirect, "feedback.deleted", current.name());
      return "redirect:/categories";
    } catch (ProblemException e) {
      // The category was found just now, so a 404 here names the replacement (deleted meanwhile).
      Map<String, String> errors =
          e.status().value() == 404
              ? Map.of("replacementId", "error.not-found")
              : Manage.errors(e, "replacementId");
      return manage(user, model, current, current.name(), errors);
    }
  }

  private String manage(
      UserId user, Model model, Category category, String name, Map<String, String> errors) {
    model.addAttribute("category", category);
    model.addAttribute("name", name);
    model.addAttribute(
        "replacements",
        Collation.byName(categories.all(user, category.type()), Category::name).stream()
            .filter(other -> !other.id().equals(category.id()))
            .toList());
    model.addAttribute("errors", errors);
    return "category/category";
  }

  private String page(
      UserId user, Model model, String name, String type, Map<String, String> errors) {
    Map<CategoryType, List<Category>> byType = new EnumMap<>(CategoryType.class);
    for (CategoryType kind : CategoryType.values()) {
      byType.put(kind, new ArrayList<>());
    }
    for (Category category : Collation.byName(categories.all(user, null), Category::name)) {
      byType.get(category.type()).add(category);
    }
    model.addAttribute("types", CategoryType.values());
    model.addAttribute("byType", byType);
    model.addAttribute("name", name);
    model.addAttribute("type", type);
    model.addAttribute("errors", errors);
    return "category/categories";
  }

  /** A type the form cannot have sent is no type: the service reports it as required. */
  private static CategoryType typeOf(String text) {
    try {
      return CategoryType.valueOf(text);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** No choice is no replacement; a tampered id names no category of the user's (404 field). */
  private static CategoryId replacement(String text) {
    if (text.isBlank()) {
      return null;
    }
    try {
      return new CategoryId(UUID.fromString(text));
    } catch (IllegalArgumentException e) {
      throw ProblemException.invalidField(
          "replacementId", "invalid-replacement", "Choose a category from the list.");
    }
  }
}
