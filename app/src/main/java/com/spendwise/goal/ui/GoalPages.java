package com.spendwise.goal.ui;

import com.spendwise.goal.Goal;
import com.spendwise.goal.GoalDraft;
import com.spendwise.goal.GoalId;
import com.spendwise.goal.GoalService;
import com.spendwise.shared.ProblemException;
import com.spendwise.shared.ui.AmountInput;
import com.spendwise.shared.ui.Choices;
import com.spendwise.shared.ui.Feedback;
import com.spendwise.shared.ui.FormErrors;
import com.spendwise.shared.ui.Manage;
import com.spendwise.shared.ui.MoneyFormat;
import com.spendwise.shared.ui.PageController;
import com.spendwise.user.CurrentUser;
import com.spendwise.user.UserId;
import com.spendwise.user.UserProfile;
import com.spendwise.user.UserService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The savings goals page (each goal's progress and what is still needed a month to reach it on
 * time, and a form for a new one) and one goal's page: put money in or take it out, change it,
 * delete it.
 */
@PageController
class GoalPages {

  private final GoalService goals;
  private final UserService users;
  private final Clock clock;

  GoalPages(GoalService goals, UserService users, Clock clock) {
    this.goals = goals;
    this.users = users;
    this.clock = clock;
  }

  /** A goal with what it still needs a month (null when it does not apply). */
  record GoalRow(Goal goal, BigDecimal monthlyNeeded) {
    static GoalRow of(Goal goal, LocalDate today) {
      return new GoalRow(goal, goal.monthlyNeeded(today).orElse(null));
    }
  }

  @GetMapping("/goals")
  String list(@CurrentUser UserId user, Model model) {
    UserProfile profile = users.get(user);
    return page(user, profile, GoalForm.empty(profile.defaultCurrency()), Map.of(), model);
  }

  @PostMapping("/goals")
  String create(
      @CurrentUser UserId user,
      @ModelAttribute GoalForm form,
      Locale locale,
      Model model,
      RedirectAttributes redirect) {
    Map<String, String> errors = new LinkedHashMap<>();
    Map<String, Object[]> args = new HashMap<>();
    model.addAttribute("errorArgs", args);
    try {
      Optional<GoalDraft> draft = form.draft(null, locale, errors, args);
      if (draft.isPresent()) {
        Goal created = goals.create(user, draft.get());
        Feedback.flash(redirect, "feedback.goal.saved", created.name());
        return "redirect:/goals";
      }
    } catch (ProblemException e) {
      errors = FormErrors.of(e, field -> field, "name");
    }
    return page(user, users.get(user), form, errors, model);
  }

  @GetMapping("/goals/{id}")
  String show(@CurrentUser UserId user, @PathVariable UUID id, Locale locale, Model model) {
    Goal goal = goals.get(user, new GoalId(id));
    return show(user, goal, GoalForm.of(goal, locale), "", Map.of(), model);
  }

  /** Puts money in ({@code direction} in) or takes it out (out). */
  @PostMapping("/goals/{id}/contribute")
  String contribute(
      @CurrentUser UserId user,
      @PathVariable UUID id,
      @RequestParam(defaultValue = "") String amount,
      @RequestParam(defaultValue = "in") String direction,
      Locale locale,
      Model model,
      RedirectAttributes redirect) {
    Goal goal = goals.get(user, new GoalId(id));
    Map<String, String> errors = new LinkedHashMap<>();
    Map<String, Object[]> args = new HashMap<>();
    model.addAttribute("errorArgs", args);
    Optional<BigDecimal> typed =
        AmountInput.read("amount", amount, goal.currency(), locale, errors, args);
    if (typed.isPresent()) {
      BigDecimal change = direction.equals("out") ? typed.get().negate() : typed.get();
      try {
        Goal saved = goals.contribute(user, goal.id(), change);
        Feedback.flash(
            redirect,
            direction.equals("out") ? "feedback.goal.withdrawn" : "feedback.goal.contributed",
            MoneyFormat.format(typed.get(), goal.currency(), locale),
            saved.name());
        return "redirect:/goals/" + id;
      } catch (ProblemException e) {
        errors = Manage.errors(e, "amount");
        if (e.code().equals("insufficient-goal-amount")) {
          errors = Map.of("amount", "error.insufficient-goal-amount");
          args.put(
              "amount",
              new Object[] {MoneyFormat.format(goal.currentAmount(), goal.currency(), locale)});
        }
      }
    }
    return show(user, goal, GoalForm.of(goal, locale), amount, errors, model);
  }

  @PostMapping("/goals/{id}")
  String save(
      @CurrentUser UserId user,
      @PathVariable UUID id,
      @ModelAttribute GoalForm form,
      Locale locale,
      Model model,
      RedirectAttributes redirect) {
    Goal current = goals.get(user, new GoalId(id));
    Map<String, String> errors = new LinkedHashMap<>();
    Map<String, Object[]> args = new HashMap<>();
    model.addAttribute("errorArgs", args);
    try {
      Optional<GoalDraft> draft = form.draft(current.currentAmount(), locale, errors, args);
      if (draft.isPresent()) {
        Goal saved = goals.update(user, current.id(), draft.get(), Manage.version(form.version()));
        Feedback.flash(redirect, "feedback.goal.saved", saved.name());
        return "redirect:/goals/" + id;
      }
    } catch (ProblemException e) {
      if (Manage.stale(e)) {
        Goal now = goals.get(user, current.id());
        return show(
            user, now, GoalForm.of(now, locale), "", Map.of("form", "error.changed-shown"), model);
      }
      errors = Manage.errors(e, "form");
    }
    return show(user, current, form, "", errors, model);
  }

  @PostMapping("/goals/{id}/delete")
  String delete(
      @CurrentUser UserId user,
      @PathVariable UUID id,
      @RequestParam(defaultValue = "") String version,
      Locale locale,
      Model model,
      RedirectAttributes redirect) {
    Goal current = goals.get(user, new GoalId(id));
    try {
      goals.delete(user, current.id(), Manage.version(version));
      Feedback.flash(redirect, "feedback.goal.deleted", current.name());
      return "redirect:/goals";
    } catch (ProblemException e) {
      return show(
          user, current, GoalForm.of(current, locale), "", Manage.errors(e, "delete"), model);
    }
  }

  private String page(
      UserId user, UserProfile profile, GoalForm form, Map<String, String> errors, Model model) {
    LocalDate today = profile.today(clock);
    List<GoalRow> rows = goals.all(user).stream().map(g -> GoalRow.of(g, today)).toList();
    model.addAttribute("rows", rows);
    model.addAttribute("currencies", Choices.currencies());
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    return "goal/goals";
  }

  private String show(
      UserId user,
      Goal goal,
      GoalForm form,
      String amount,
      Map<String, String> errors,
      Model model) {
    model.addAttribute("row", GoalRow.of(goal, users.get(user).today(clock)));
    model.addAttribute("goal", goal);
    model.addAttribute("currencies", Choices.currencies());
    model.addAttribute("form", form);
    model.addAttribute("amount", amount);
    model.addAttribute("errors", errors);
    return "goal/goal";
  }
}
