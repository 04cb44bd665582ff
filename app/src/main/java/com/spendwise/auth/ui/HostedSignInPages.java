package com.spendwise.auth.ui;

import com.spendwise.shared.ui.PageController;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * In cognito mode people sign in, and register, at the user pool's hosted UI: the sign-in page is a
 * single button that starts it, and the page the hosted UI returns to after signing out.
 */
@PageController
@ConditionalOnProperty(name = "spendwise.auth.mode", havingValue = "cognito")
class HostedSignInPages {

  @GetMapping("/signin")
  String signIn(@RequestParam(required = false) String error, Model model) {
    model.addAttribute("error", error);
    return "auth/signin-hosted";
  }

  /** The hosted UI offers registration next to sign-in. */
  @GetMapping("/register")
  String register() {
    return "redirect:/signin";
  }

  /** Where the hosted UI's sign-out returns (registered as the app client's sign-out URL). */
  @GetMapping("/signed-out")
  String signedOut() {
    return "redirect:/signin?signedOut";
  }
}
