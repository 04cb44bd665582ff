package com.spendwise.exchange.ui;

import com.spendwise.exchange.Restores;
import com.spendwise.shared.ProblemException;
import com.spendwise.shared.ui.Feedback;
import com.spendwise.shared.ui.PageController;
import com.spendwise.user.CurrentUser;
import com.spendwise.user.UserId;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Restoring a backup from the profile: into an account without transactions (a new one, on a new
 * machine), all or nothing. A refused file says why, and what in it is wrong.
 */
@PageController
class RestorePage {

  /** How many of a refused backup's problems the page lists. */
  static final int PROBLEMS_SHOWN = 20;

  private final Restores restores;

  RestorePage(Restores restores) {
    this.restores = restores;
  }

  @GetMapping("/profile/restore")
  String form(Model model) {
    return page(Map.of(), List.of(), model);
  }

  @PostMapping("/profile/restore")
  String restore(
      @CurrentUser(manage = true) UserId user,
      @RequestParam(required = false) MultipartFile file,
      Model model,
      RedirectAttributes redirect)
      throws IOException {
    if (file == null || file.isEmpty()) {
      return page(Map.of("file", "error.choose-file"), List.of(), model);
    }
    try (InputStream in = file.getInputStream()) {
      Restores.Restored done = restores.restore(user, in);
      Feedback.flash(
          redirect,
          "feedback.restored",
          done.wallets(),
          done.transactions(),
          done.budgets() + done.goals() + done.recurringTransactions());
      return "redirect:/";
    } catch (ProblemException e) {
      Map<String, String> errors = new LinkedHashMap<>();
      errors.put("file", "error." + e.code());
      return page(
          errors,
          e.fieldProblems().stream()
              .limit(PROBLEMS_SHOWN)
              .map(p -> p.field() + ": " + p.message())
              .toList(),
          model);
    }
  }

  private static String page(Map<String, String> errors, List<String> details, Model model) {
    model.addAttribute("errors", errors);
    model.addAttribute("details", details);
    return "exchange/restore";
  }
}
