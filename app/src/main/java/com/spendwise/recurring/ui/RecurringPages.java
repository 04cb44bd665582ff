package com.spendwise.recurring.ui;

import com.spendwise.recurring.RecurringId;
import com.spendwise.recurring.RecurringRule;
import com.spendwise.recurring.RecurringService;
import com.spendwise.recurring.RuleDraft;
import com.spendwise.shared.ProblemException;
import com.spendwise.shared.ui.Feedback;
import com.spendwise.shared.ui.FormErrors;
import com.spendwise.shared.ui.Manage;
import com.spendwise.shared.ui.PageController;
import com.spendwise.user.CurrentUser;
import com.spendwise.user.UserId;
import com.spendwise.user.UserService;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The recurring transactions page (every rule with its next date, paused ones with why, and a form
 * for a new one) and one rule's page to change it; its other actions are {@link RecurringActions}.
 */
@PageController
class RecurringPages {

  private final RecurringService rules;
  private final UserService users;
  private final RuleViews views;
  private final Clock clock;

  RecurringPages(RecurringService rules, UserService users, RuleViews views, Clock clock) {
    this.rules = rules;
    this.users = users;
    this.views = views;
    this.clock = clock;
  }

  @GetMapping("/recurring")
  String list(@CurrentUser UserId user, Model model) {
    return views.list(user, RecurringForm.empty(users.get(user).today(clock)), Map.of(), model);
  }

  @PostMapping("/recurring")
  String create(
      @CurrentUser UserId user,
      @ModelAttribute RecurringForm form,
      Locale locale,
      Model model,
      RedirectAttributes redirect) {
    Map<String, String> errors = new LinkedHashMap<>();
    Map<String, Object[]> args = new HashMap<>();
    model.addAttribute("errorArgs", args);
    try {
      Optional<RuleDraft> draft = form.draft(true, locale, views.currencies(user), errors, args);
      if (draft.isPresent()) {
        RecurringRule created = rules.create(user, draft.get());
        Feedback.flash(redirect, "feedback.recurring.saved", views.nextText(created));
        return "redirect:/recurring";
      }
    } catch (ProblemException e) {
      errors = FormErrors.of(e, field -> field, "walletId");
    }
    return views.list(user, form, errors, model);
  }

  @GetMapping("/recurring/{id}")
  String edit(@CurrentUser UserId user, @PathVariable UUID id, Locale locale, Model model) {
    RecurringRule rule = rules.get(user, new RecurringId(id));
    return views.edit(user, rule, RecurringForm.of(rule, locale), Map.of(), locale, model);
  }

  @PostMapping("/recurring/{id}")
  String save(
      @CurrentUser UserId user,
      @PathVariable UUID id,
      @ModelAttribute RecurringForm form,
      Locale locale,
      Model model,
      RedirectAttributes redirect) {
    RecurringRule current = rules.get(user, new RecurringId(id));
    Map<String, String> errors = new LinkedHashMap<>();
    Map<String, Object[]> args = new HashMap<>();
    model.addAttribute("errorArgs", args);
    try {
      Optional<RuleDraft> draft =
          form.draft(current.active(), locale, views.currencies(user), errors, args);
      if (draft.isPresent()) {
        RecurringRule saved =
            rules.update(user, current.id(), draft.get(), Manage.version(form.version()));
        Feedback.flash(redirect, "feedback.recurring.saved", views.nextText(saved));
        return "redirect:/recurring";
      }
    } catch (ProblemException e) {
      if (Manage.stale(e)) {
        RecurringRule now = rules.get(user, current.id());
        return views.edit(
            user,
            now,
            RecurringForm.of(now, locale),
            Map.of("form", "error.changed-shown"),
            locale,
            model);
      }
      errors = Manage.errors(e, "form");
    }
    return views.edit(user, current, form, errors, locale, model);
  }
}
