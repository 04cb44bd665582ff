package com.spendwise.auth.ui;

import com.spendwise.auth.internal.LocalAccountService;
import com.spendwise.auth.internal.PageSignIn;
import com.spendwise.shared.ProblemException;
import com.spendwise.shared.ui.PageController;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Sign-in and registration pages of local accounts. Signing in is Spring Security's form login
 * ({@code POST /signin}); registering creates the account and signs the person in at once.
 */
@PageController
@ConditionalOnProperty(name = "spendwise.auth.mode", havingValue = "local", matchIfMissing = true)
class SignInPages {

  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  private final LocalAccountService accounts;
  private final PageSignIn signIn;
  private final SecurityContextRepository contexts;

  SignInPages(LocalAccountService accounts, PageSignIn signIn, SecurityContextRepository contexts) {
    this.accounts = accounts;
    this.signIn = signIn;
    this.contexts = contexts;
  }

  @GetMapping("/signin")
  String signIn(@RequestParam(required = false) String error, Model model) {
    model.addAttribute("error", error);
    return "auth/signin";
  }

  /** The second step of a sign-in whose account asks for a passkey after the password. */
  @GetMapping(PageSignIn.SECOND_STEP)
  String secondStep() {
    return "auth/second-step";
  }

  @GetMapping("/register")
  String registerForm(Model model) {
    model.addAttribute("email", "");
    model.addAttribute("errors", Map.of());
    return "auth/register";
  }

  @PostMapping("/register")
  String register(
      @RequestParam(defaultValue = "") String email,
      @RequestParam(defaultValue = "") String password,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    Map<String, String> errors = new LinkedHashMap<>();
    String address = email.strip();
    if (address.length() > 254 || !EMAIL.matcher(address).matches()) {
      errors.put("email", "register.error.email");
    }
    if (password.length() < 12 || password.length() > 128) {
      errors.put("password", "register.error.password");
    }
    if (errors.isEmpty()) {
      try {
        var token = accounts.register(address, password);
        if (request.getSession(false) != null) {
          request.changeSessionId();
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(signIn.signedIn(token));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        PageSignIn.remember(request);
        return "redirect:/";
      } catch (ProblemException e) {
        errors.put("email", "register.error.taken");
      }
    }
    model.addAttribute("email", address);
    model.addAttribute("errors", errors);
    return "auth/register";
  }
}
