package com.spendwise.ui;

import com.spendwise.shared.ProblemException;
import com.spendwise.user.CurrentUser;
import com.spendwise.user.ProfileChanges;
import com.spendwise.user.UserId;
import com.spendwise.user.UserProfile;
import com.spendwise.user.UserService;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The profile: display name, default currency of new wallets and budgets, time zone. */
@Controller
class ProfilePage {

  static final List<String> TIME_ZONES =
      List.of(
          "Asia/Ho_Chi_Minh",
          "Asia/Bangkok",
          "Asia/Singapore",
          "Asia/Tokyo",
          "Australia/Sydney",
          "Europe/London",
          "Europe/Berlin",
          "America/New_York",
          "America/Los_Angeles",
          "UTC");

  private final UserService users;

  ProfilePage(UserService users) {
    this.users = users;
  }

  @GetMapping("/profile")
  String show(@CurrentUser UserId user, Model model) {
    UserProfile profile = users.get(user);
    return page(
        model,
        profile.displayName() == null ? "" : profile.displayName(),
        profile.defaultCurrency(),
        profile.timeZone(),
        Map.of(),
        false);
  }

  @PostMapping("/profile")
  String save(
      @CurrentUser UserId user,
      @RequestParam(defaultValue = "") String displayName,
      @RequestParam(defaultValue = "") String defaultCurrency,
      @RequestParam(defaultValue = "") String timeZone,
      Model model) {
    try {
      users.update(
          user,
          new ProfileChanges(
              Optional.of(displayName.strip()).filter(name -> !name.isEmpty()),
              Optional.of(defaultCurrency),
              Optional.of(timeZone)),
          null);
      return page(model, displayName, defaultCurrency, timeZone, Map.of(), true);
    } catch (ProblemException e) {
      return page(
          model,
          displayName,
          defaultCurrency,
          timeZone,
          FormErrors.of(e, f -> f, "displayName"),
          false);
    }
  }

  private static String page(
      Model model,
      String displayName,
      String defaultCurrency,
      String timeZone,
      Map<String, String> errors,
      boolean saved) {
    model.addAttribute("displayName", displayName);
    model.addAttribute("defaultCurrency", defaultCurrency);
    model.addAttribute("timeZone", timeZone);
    model.addAttribute("currencies", WalletPages.CURRENCIES);
    model.addAttribute(
        "timeZones",
        TIME_ZONES.contains(timeZone)
            ? TIME_ZONES
            : Stream.concat(Stream.of(timeZone), TIME_ZONES.stream()).toList());
    model.addAttribute("errors", errors);
    model.addAttribute("saved", saved);
    return "ui/profile";
  }
}
