package com.spendwise.rule.ui;

import com.spendwise.rule.Rule;
import com.spendwise.rule.RuleApplications;
import com.spendwise.rule.RuleDraft;
import com.spendwise.rule.RuleId;
import com.spendwise.rule.RuleService;
import com.spendwise.rule.Suggestions;
import com.spendwise.shared.ProblemException;
import com.spendwise.shared.ui.Feedback;
import com.spendwise.shared.ui.FormErrors;
import com.spendwise.shared.ui.Manage;
import com.spendwise.shared.ui.PageController;
import com.spendwise.user.CurrentUser;
import com.spendwise.user.UserId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The rules pages: every rule in its order (with the suggestions waiting), a rule's page with the
 * preview of what it would change and the button that applies it, and the form for a new or changed
 * rule.
 */
@PageController
class RulePages {

  private static final int PREVIEW = 20;

  private final RuleService rules;
  private final RuleApplications applications;
  private final Suggestions suggestions;
  private final RuleDescriptions views;

  RulePages(
      RuleService rules,
      RuleApplications applications,
      Suggestions suggestions,
      RuleDescriptions views) {
    this.rules = rules;
    this.applications = applications;
    this.suggestions = suggestions;
    this.views = views;
  }

  @GetMapping("/rules")
  String list(@CurrentUser UserId user, Model model) {
    Locale locale = LocaleContextHolder.getLocale();
    RuleDescriptions.Names names = views.names(user);
    model.addAttribute(
        "rules", rules.all(user).stream().map(r -> views.view(r, names, locale)).toList());
    model.addAttribute("suggestions", suggestions.offered(user));
    model.addAttribute("categoryNames", names.categoryNames());
    return "rule/rules";
  }

  @GetMapping("/rules/new")
  String create(
      @CurrentUser UserId user, @RequestParam(required = false) UUID suggestion, Model model) {
    RuleForm form =
        suggestion == null
            ? RuleForm.blank()
            : RuleForm.of(suggestions.draft(user, suggestion), "", suggestion.toString());
    return form(user, model, RuleAmounts.localized(form), null, Map.of());
  }

  @PostMapping("/rules")
  String save(
      @CurrentUser UserId user,
      @RequestParam MultiValueMap<String, String> params,
      Model model,
      RedirectAttributes redirect) {
    return submit(user, null, params, model, redirect);
  }

  @GetMapping("/rules/{id}")
  String show(
      @CurrentUser UserId user,
      @PathVariable UUID id,
      @RequestParam(required = false) String cursor,
      Model model) {
    Rule rule = rules.get(user, new RuleId(id));
    RuleDescriptions.Names names = views.names(user);
    model.addAttribute("view", views.view(rule, names, LocaleContextHolder.getLocale()));
    model.addAttribute("preview", applications.preview(user, rule.id(), cursor, PREVIEW));
    model.addAttribute("names", names.byId());
    model.addAttribute("cursor", cursor);
    return "rule/rule";
  }

  @GetMapping("/rules/{id}/edit")
  String edit(@CurrentUser UserId user, @PathVariable UUID id, Model model) {
    Rule rule = rules.get(user, new RuleId(id));
    return form(user, model, RuleAmounts.localized(RuleForm.of(rule)), rule, Map.of());
  }

  @PostMapping("/rules/{id}")
  String update(
      @CurrentUser UserId user,
      @PathVariable UUID id,
      @RequestParam MultiValueMap<String, String> params,
      Model model,
      RedirectAttributes redirect) {
    return submit(user, rules.get(user, new RuleId(id)), params, model, redirect);
  }

  @PostMapping("/rules/{id}/delete")
  String delete(
      @CurrentUser UserId user,
      @PathVariable UUID id,
      @RequestParam(defaultValue = "") String version,
      RedirectAttributes redirect) {
    Rule rule = rules.get(user, new RuleId(id));
    rules.delete(user, rule.id(), Manage.version(version));
    Feedback.flash(redirect, "feedback.deleted", rule.name());
    return "redirect:/rules";
  }

  @PostMapping("/rules/{id}/move")
  String move(
      @CurrentUser UserId user,
      @PathVariable UUID id,
      @RequestParam(defaultValue = "up") String direction) {
    rules.move(user, new RuleId(id), direction.equals("up"));
    return "redirect:/rules#rule-" + id;
  }

  @PostMapping("/rules/{id}/apply")
  String apply(@CurrentUser UserId user, @PathVariable UUID id, RedirectAttributes redirect) {
    RuleApplications.Applied applied = applications.apply(user, new RuleId(id));
    Feedback.flash(redirect, "feedback.rule.applied", applied.changed());
    return "redirect:/rules/" + id;
  }

  @PostMapping("/rules/suggestions/{id}/dismiss")
  String dismiss(@CurrentUser UserId user, @PathVariable UUID id, RedirectAttributes redirect) {
    suggestions.dismiss(user, id);
    Feedback.flash(redirect, "feedback.suggestion.dismissed");
    return "redirect:/rules";
  }

  @PostMapping("/rules/suggestions/{id}/accept")
  String accept(@CurrentUser UserId user, @PathVariable UUID id, RedirectAttributes redirect) {
    Rule rule = suggestions.accept(user, id, null);
    Feedback.flash(redirect, "feedback.saved", rule.name());
    return "redirect:/rules/" + rule.id().value();
  }

  private String submit(
      UserId user,
      Rule current,
      MultiValueMap<String, String> params,
      Model model,
      RedirectAttributes redirect) {
    RuleForm form = RuleForm.read(params);
    if ("condition".equals(params.getFirst("add"))) {
      return form(user, model, form.withCondition(), current, Map.of());
    }
    if ("action".equals(params.getFirst("add"))) {
      return form(user, model, form.withAction(), current, Map.of());
    }
    Map<String, String> errors = new LinkedHashMap<>();
    RuleForm plain = RuleAmounts.plain(form, errors);
    Map<String, String> places = new HashMap<>();
    RuleDraft draft = RuleDrafts.of(plain, places);
    if (!errors.isEmpty()) {
      return form(user, model, form, current, errors);
    }
    try {
      Rule saved;
      if (current != null) {
        saved = rules.update(user, current.id(), draft, Manage.version(form.version()));
      } else if (!form.suggestion().isBlank()) {
        saved = suggestions.accept(user, UUID.fromString(form.suggestion()), draft);
      } else {
        saved = rules.create(user, draft);
      }
      Feedback.flash(redirect, "feedback.saved", saved.name());
      return "redirect:/rules/" + saved.id().value();
    } catch (ProblemException e) {
      if (Manage.stale(e)) {
        Rule now = rules.get(user, current.id());
        return form(
            user,
            model,
            RuleAmounts.localized(RuleForm.of(now)),
            now,
            Map.of("form", "error.changed-shown"));
      }
      return form(
          user, model, form, current, FormErrors.of(e, field -> placeOf(field, places), "form"));
    } catch (IllegalArgumentException e) {
      return form(user, model, form, current, Map.of("form", "error.not-found"));
    }
  }

  /** The form row a service's field path points to: "conditions[1].value" → "c3". */
  private static String placeOf(String field, Map<String, String> places) {
    String path = field;
    while (!path.isEmpty()) {
      if (places.containsKey(path)) {
        return places.get(path);
      }
      int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
      path = cut < 0 ? "" : path.substring(0, cut);
    }
    return field.startsWith("conditions")
        ? "conditions"
        : field.startsWith("actions") ? "actions" : field;
  }

  private String form(
      UserId user, Model model, RuleForm form, Rule rule, Map<String, String> errors) {
    views.choices(model, views.names(user));
    model.addAttribute("form", form);
    model.addAttribute("rule", rule);
    model.addAttribute("errors", errors);
    return "rule/form";
  }
}
