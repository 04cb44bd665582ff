package com.spendwise.user.ui;

import com.spendwise.shared.ProblemException;
import com.spendwise.shared.ui.Choices;
import com.spendwise.shared.ui.FormErrors;
import com.spendwise.shared.ui.Manage;
import com.spendwise.shared.ui.PageController;
import com.spendwise.user.ProfileChanges;
import com.spendwise.user.SignedIn;
import com.spendwise.user.UserId;
import com.spendwise.user.UserProfile;
import com.spendwise.user.UserService;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The profile: display name, default currency of new wallets and budgets, time zone, and the
 * language of the pages; and a link to a backup of everything (exchange/ui/DownloadPages).
 */
@PageController
class ProfilePage {

  private final UserService users;
  private final Clock clock;
  private final boolean localAccounts;

  ProfilePage(
      UserService users, Clock clock, @Value("${spendwise.auth.mode:local}") String authMode) {
    this.users = users;
    this.clock = clock;
    this.localAccounts = authMode.equalsIgnoreCase("local");
  }

  @GetMapping("/profile")
  String show(
      @SignedIn UserId user, @RequestParam(defaultValue = "false") boolean saved, Model model) {
    UserProfile profile = users.get(user);
    return page(model, ProfileForm.of(profile), Map.of(), saved);
  }

  /** Saves, then shows the profile again (in its new language, if that changed). */
  @PostMapping("/profile")
  String save(@SignedIn UserId user, @ModelAttribute ProfileForm form, Model model) {
    try {
      users.update(user, form.changes(), Manage.version(form.version()));
      return "redirect:/profile?saved=true";
    } catch (ProblemException e) {
      if (e.status() == HttpStatus.PRECONDITION_FAILED) {
        // Changed meanwhile (another device, or the language menu): show what is saved now.
        return page(
            model, ProfileForm.of(users.get(user)), Map.of("form", "error.changed-shown"), false);
      }
      return page(model, form, FormErrors.of(e, f -> f, "displayName"), false);
    }
  }

  /**
   * The profile form as sent; an empty language follows the browser. {@code version} is the one the
   * form was opened with, so that a change made meanwhile is not overwritten.
   */
  record ProfileForm(
      String displayName,
      String defaultCurrency,
      String timeZone,
      String language,
      String suggestRules,
      String version) {

    static ProfileForm of(UserProfile profile) {
      return new ProfileForm(
          profile.displayName() == null ? "" : profile.displayName(),
          profile.defaultCurrency(),
          profile.timeZone(),
          profile.language() == null ? "" : profile.language(),
          profile.suggestRules() ? "true" : "",
          Long.toString(profile.version()));
    }

    ProfileChanges changes() {
      return new ProfileChanges(
          Optional.ofNullable(displayName).map(String::strip).filter(name -> !name.isEmpty()),
          Optional.ofNullable(defaultCurrency),
          Optional.ofNullable(timeZone),
          Optional.ofNullable(language).filter(code -> !code.isBlank()),
          Optional.of("true".equals(suggestRules)));
    }
  }

  private String page(Model model, ProfileForm form, Map<String, String> errors, boolean saved) {
    Locale locale = LocaleContextHolder.getLocale();
    model.addAttribute("form", form);
    model.addAttribute("currencies", Choices.currencies(locale));
    model.addAttribute("timeZones", Choices.timeZones(locale, clock.instant(), form.timeZone()));
    model.addAttribute("languages", ProfileChanges.LANGUAGES);
    model.addAttribute("errors", errors);
    model.addAttribute("saved", saved);
    model.addAttribute("localAccounts", localAccounts);
    return "user/profile";
  }
}
