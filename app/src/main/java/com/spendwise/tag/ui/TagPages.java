package com.spendwise.tag.ui;

import com.spendwise.shared.ProblemException;
import com.spendwise.shared.ui.Collation;
import com.spendwise.shared.ui.Feedback;
import com.spendwise.shared.ui.FormErrors;
import com.spendwise.shared.ui.Manage;
import com.spendwise.shared.ui.PageController;
import com.spendwise.tag.TagId;
import com.spendwise.tag.TagService;
import com.spendwise.tag.TagView;
import com.spendwise.user.CurrentUser;
import com.spendwise.user.UserId;
import java.util.Map;
import java.util.UUID;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The tags page (every tag, and a form for a new one) and one tag's page: rename, delete. */
@PageController
class TagPages {

  private final TagService tags;

  TagPages(TagService tags) {
    this.tags = tags;
  }

  @GetMapping("/tags")
  String list(@CurrentUser UserId user, Model model) {
    return page(user, model, "", Map.of());
  }

  @PostMapping("/tags")
  String create(
      @CurrentUser UserId user,
      @RequestParam(defaultValue = "") String name,
      Model model,
      RedirectAttributes redirect) {
    try {
      TagView created = tags.create(user, name);
      Feedback.flash(redirect, "feedback.saved", "#" + created.name());
      return "redirect:/tags";
    } catch (ProblemException e) {
      return page(user, model, name, FormErrors.of(e, field -> field, "name"));
    }
  }

  @GetMapping("/tags/{id}")
  String manage(@CurrentUser UserId user, @PathVariable UUID id, Model model) {
    TagView tag = tags.get(user, new TagId(id));
    return manage(model, tag, tag.name(), Map.of());
  }

  @PostMapping("/tags/{id}")
  String save(
      @CurrentUser UserId user,
      @PathVariable UUID id,
      @RequestParam(defaultValue = "") String name,
      @RequestParam(defaultValue = "") String version,
      Model model,
      RedirectAttributes redirect) {
    TagView current = tags.get(user, new TagId(id));
    try {
      TagView saved = tags.rename(user, current.id(), name, Manage.version(version));
      Feedback.flash(redirect, "feedback.saved", "#" + saved.name());
      return "redirect:/tags";
    } catch (ProblemException e) {
      return manage(model, current, name, Manage.errors(e, "name"));
    }
  }

  @PostMapping("/tags/{id}/delete")
  String delete(
      @CurrentUser UserId user,
      @PathVariable UUID id,
      @RequestParam(defaultValue = "") String version,
      Model model,
      RedirectAttributes redirect) {
    TagView current = tags.get(user, new TagId(id));
    try {
      tags.delete(user, current.id(), Manage.version(version));
      Feedback.flash(redirect, "feedback.deleted", "#" + current.name());
      return "redirect:/tags";
    } catch (ProblemException e) {
      return manage(model, current, current.name(), Manage.errors(e, "delete"));
    }
  }

  private static String manage(Model model, TagView tag, String name, Map<String, String> errors) {
    model.addAttribute("tag", tag);
    model.addAttribute("name", name);
    model.addAttribute("errors", errors);
    return "tag/tag";
  }

  private String page(UserId user, Model model, String name, Map<String, String> errors) {
    model.addAttribute("tags", Collation.byName(tags.all(user), TagView::name));
    model.addAttribute("name", name);
    model.addAttribute("errors", errors);
    return "tag/tags";
  }
}
