package com.spendwise.budget.ui;

import com.spendwise.budget.BudgetId;
import com.spendwise.budget.BudgetPace;
import com.spendwise.budget.BudgetService;
import com.spendwise.budget.BudgetStatus;
import com.spendwise.category.Category;
import com.spendwise.category.CategoryService;
import com.spendwise.category.CategoryType;
import com.spendwise.shared.ProblemException;
import com.spendwise.shared.ui.Choices;
import com.spendwise.shared.ui.Collation;
import com.spendwise.shared.ui.DateInput;
import com.spendwise.shared.ui.Feedback;
import com.spendwise.shared.ui.FormErrors;
import com.spendwise.shared.ui.Manage;
import com.spendwise.shared.ui.MoneyFormat;
import com.spendwise.shared.ui.PageController;
import com.spendwise.user.CurrentUser;
import com.spendwise.user.UserId;
import com.spendwise.user.UserProfile;
import com.spendwise.user.UserService;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The budgets page (each budget in the period of the month shown, with its pace and what is left
 * per day, and a form for a new one) and one budget's page: change it or delete it.
 */
@PageController
class BudgetPages {

  private final BudgetService budgets;
  private final CategoryService categories;
  private final UserService users;
  private final Clock clock;

  BudgetPages(BudgetService budgets, CategoryService categories, UserService users, Clock clock) {
    this.budgets = budgets;
    this.categories = categories;
    this.users = users;
    this.clock = clock;
  }

  /** One budget in the period shown, with what its page says about it. */
  record BudgetRow(BudgetStatus status, String category, BudgetPace pace) {}

  @GetMapping("/budgets")
  String list(@CurrentUser UserId user, @RequestParam(required = false) String month, Model model) {
    UserProfile profile = users.get(user);
    return page(user, profile, month, BudgetForm.empty(profile.defaultCurrency()), Map.of(), model);
  }

  @PostMapping("/budgets")
  String create(
      @CurrentUser UserId user,
      @ModelAttribute BudgetForm form,
      Locale locale,
      Model model,
      RedirectAttributes redirect) {
    Map<String, String> errors = new LinkedHashMap<>();
    Map<String, Object[]> args = new HashMap<>();
    model.addAttribute("errorArgs", args);
    try {
      var draft = form.draft(locale, errors, args);
      if (draft.isPresent()) {
        BudgetStatus created = budgets.create(user, draft.get());
        Feedback.flash(
            redirect,
            "feedback.budget.saved",
            MoneyFormat.format(created.budget().amount(), created.budget().currency(), locale));
        return "redirect:/budgets";
      }
    } catch (ProblemException e) {
      errors = FormErrors.of(e, field -> field, "amount");
    }
    return page(user, users.get(user), null, form, errors, model);
  }

  @GetMapping("/budgets/{id}")
  String edit(@CurrentUser UserId user, @PathVariable UUID id, Locale locale, Model model) {
    BudgetStatus current = budgets.get(user, new BudgetId(id), null);
    return edit(user, current, BudgetForm.of(current.budget(), locale), Map.of(), model);
  }

  @PostMapping("/budgets/{id}")
  String save(
      @CurrentUser UserId user,
      @PathVariable UUID id,
      @ModelAttribute BudgetForm form,
      Locale locale,
      Model model,
      RedirectAttributes redirect) {
    BudgetStatus current = budgets.get(user, new BudgetId(id), null);
    Map<String, String> errors = new LinkedHashMap<>();
    Map<String, Object[]> args = new HashMap<>();
    model.addAttribute("errorArgs", args);
    try {
      var draft = form.draft(locale, errors, args);
      if (draft.isPresent()) {
        BudgetStatus saved =
            budgets.update(
                user, current.budget().id(), draft.get(), Manage.version(form.version()));
        Feedback.flash(
            redirect,
            "feedback.budget.saved",
            MoneyFormat.format(saved.budget().amount(), saved.budget().currency(), locale));
        return "redirect:/budgets";
      }
    } catch (ProblemException e) {
      errors = Manage.errors(e, "form");
      if (Manage.stale(e)) {
        BudgetStatus now = budgets.get(user, current.budget().id(), null);
        return edit(
            user,
            now,
            BudgetForm.of(now.budget(), locale),
            Map.of("form", "error.changed-shown"),
            model);
      }
    }
    return edit(user, current, form, errors, model);
  }

  @PostMapping("/budgets/{id}/delete")
  String delete(
      @CurrentUser UserId user,
      @PathVariable UUID id,
      @RequestParam(defaultValue = "") String version,
      Locale locale,
      Model model,
      RedirectAttributes redirect) {
    BudgetStatus current = budgets.get(user, new BudgetId(id), null);
    try {
      budgets.delete(user, current.budget().id(), Manage.version(version));
      Feedback.flash(redirect, "feedback.budget.deleted");
      return "redirect:/budgets";
    } catch (ProblemException e) {
      return edit(
          user,
          current,
          BudgetForm.of(current.budget(), locale),
          Manage.errors(e, "delete"),
          model);
    }
  }

  private String page(
      UserId user,
      UserProfile profile,
      String month,
      BudgetForm form,
      Map<String, String> errors,
      Model model) {
    LocalDate today = profile.today(clock);
    YearMonth shown = DateInput.month(month).orElse(YearMonth.from(today));
    LocalDate day = shown.equals(YearMonth.from(today)) ? today : shown.atEndOfMonth();
    List<Category> expense =
        Collation.byName(categories.all(user, CategoryType.EXPENSE), Category::name);
    Map<Object, String> names = new HashMap<>();
    expense.forEach(c -> names.put(c.id(), c.name()));
    List<BudgetRow> rows =
        budgets.onDay(user, day).stream()
            .map(
                s ->
                    new BudgetRow(
                        s,
                        s.budget().categoryId() == null ? null : names.get(s.budget().categoryId()),
                        s.pace(today)))
            .toList();
    model.addAttribute("rows", rows);
    model.addAttribute("shown", shown);
    model.addAttribute("current", shown.equals(YearMonth.from(today)));
    model.addAttribute("previous", shown.minusMonths(1));
    model.addAttribute("next", shown.plusMonths(1));
    model.addAttribute("categories", expense);
    model.addAttribute("currencies", Choices.currencies());
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    return "budget/budgets";
  }

  private String edit(
      UserId user, BudgetStatus current, BudgetForm form, Map<String, String> errors, Model model) {
    model.addAttribute("budget", current.budget());
    model.addAttribute(
        "categories", Collation.byName(categories.all(user, CategoryType.EXPENSE), Category::name));
    model.addAttribute("currencies", Choices.currencies());
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    return "budget/budget";
  }
}
