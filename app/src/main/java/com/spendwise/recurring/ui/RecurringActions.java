package com.spendwise.recurring.ui;

import com.spendwise.recurring.RecurringId;
import com.spendwise.recurring.RecurringRule;
import com.spendwise.recurring.RecurringService;
import com.spendwise.shared.ProblemException;
import com.spendwise.shared.ui.Feedback;
import com.spendwise.shared.ui.Manage;
import com.spendwise.shared.ui.MoneyFormat;
import com.spendwise.shared.ui.PageController;
import com.spendwise.transaction.LedgerEntry;
import com.spendwise.user.CurrentUser;
import com.spendwise.user.UserId;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What one rule's page does besides saving it: pause, resume, skip the next occurrence, record it
 * now, delete the rule; each comes back to the rule's page with what happened.
 */
@PageController
class RecurringActions {

  private final RecurringService rules;
  private final RuleViews views;

  RecurringActions(RecurringService rules, RuleViews views) {
    this.rules = rules;
    this.views = views;
  }

  /** Pause, resume or skip the next occurrence, from the version the page was opened with. */
  @PostMapping("/recurring/{id}/{action:pause|resume|skip}")
  String change(
      @CurrentUser UserId user,
      @PathVariable UUID id,
      @PathVariable String action,
      @RequestParam(defaultValue = "") String version,
      Locale locale,
      Model model,
      RedirectAttributes redirect) {
    Long expected = Manage.version(version);
    Function<RecurringRule, Supplier<RecurringRule>> change =
        switch (action) {
          case "pause" ->
              rule ->
                  () -> rules.update(user, rule.id(), RecurringForm.same(rule, false), expected);
          case "resume" ->
              rule -> () -> rules.update(user, rule.id(), RecurringForm.same(rule, true), expected);
          default -> rule -> () -> rules.skipNext(user, rule.id(), expected);
        };
    String done = action.equals("skip") ? "skipped" : action + "d";
    return act(user, id, "feedback.recurring." + done, locale, model, redirect, change);
  }

  @PostMapping("/recurring/{id}/run")
  String run(
      @CurrentUser UserId user,
      @PathVariable UUID id,
      Locale locale,
      Model model,
      RedirectAttributes redirect) {
    RecurringRule rule = rules.get(user, new RecurringId(id));
    try {
      LedgerEntry entry = rules.runNow(user, rule.id());
      Feedback.flash(
          redirect,
          "feedback.recurring.recorded",
          MoneyFormat.format(entry.amount(), views.currencies(user).apply(rule.walletId()), locale),
          views.date(entry.date()));
      return "redirect:/recurring/" + id;
    } catch (ProblemException e) {
      return views.edit(
          user, rule, RecurringForm.of(rule, locale), Manage.errors(e, "actions"), locale, model);
    }
  }

  @PostMapping("/recurring/{id}/delete")
  String delete(
      @CurrentUser UserId user,
      @PathVariable UUID id,
      @RequestParam(defaultValue = "") String version,
      Locale locale,
      Model model,
      RedirectAttributes redirect) {
    RecurringRule rule = rules.get(user, new RecurringId(id));
    try {
      rules.delete(user, rule.id(), Manage.version(version));
      Feedback.flash(redirect, "feedback.recurring.deleted");
      return "redirect:/recurring";
    } catch (ProblemException e) {
      return views.edit(
          user, rule, RecurringForm.of(rule, locale), Manage.errors(e, "delete"), locale, model);
    }
  }

  /** Pause, resume and skip: the action, then back to the rule with what happened. */
  private String act(
      UserId user,
      UUID id,
      String done,
      Locale locale,
      Model model,
      RedirectAttributes redirect,
      Function<RecurringRule, Supplier<RecurringRule>> action) {
    RecurringRule rule = rules.get(user, new RecurringId(id));
    try {
      RecurringRule after = action.apply(rule).get();
      Feedback.flash(redirect, done, views.nextText(after));
      return "redirect:/recurring/" + id;
    } catch (ProblemException e) {
      if (Manage.stale(e)) {
        RecurringRule now = rules.get(user, rule.id());
        return views.edit(
            user,
            now,
            RecurringForm.of(now, locale),
            Map.of("form", "error.changed-shown"),
            locale,
            model);
      }
      return views.edit(
          user, rule, RecurringForm.of(rule, locale), Manage.errors(e, "actions"), locale, model);
    }
  }
}
