package com.spendwise.user.ui;

import com.spendwise.user.ProfileChanges;
import com.spendwise.user.SignedInUsers;
import com.spendwise.user.UserId;
import com.spendwise.user.UserService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Optional;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * The page's language: the signed-in user's profile language; else the one chosen in this browser
 * (a cookie, set by the language links); else the browser's Accept-Language; else English. Choosing
 * a language while signed in saves it to the profile, so every device follows.
 */
final class ProfileLocaleResolver implements LocaleResolver {

  static final Locale ENGLISH = Locale.ENGLISH;
  static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

  private static final String RESOLVED = ProfileLocaleResolver.class.getName() + ".locale";

  private final CookieLocaleResolver browser =
      new CookieLocaleResolver(SignedInUsers.LANGUAGE_COOKIE);
  private final SignedInUsers signedIn;
  private final UserService users;

  ProfileLocaleResolver(SignedInUsers signedIn, UserService users) {
    this.signedIn = signedIn;
    this.users = users;
    browser.setDefaultLocaleFunction(request -> supported(request.getLocale()));
  }

  @Override
  public Locale resolveLocale(HttpServletRequest request) {
    // Asked many times per page; the profile is read once per request.
    if (request.getAttribute(RESOLVED) instanceof Locale known) {
      return known;
    }
    Locale locale =
        signedIn(request)
            .map(user -> users.get(user).language())
            .map(Locale::forLanguageTag)
            .orElseGet(() -> supported(browser.resolveLocale(request)));
    request.setAttribute(RESOLVED, locale);
    return locale;
  }

  @Override
  public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
    Locale chosen = supported(locale);
    browser.setLocale(request, response, chosen);
    signedIn(request)
        .ifPresent(
            user ->
                users.update(
                    user,
                    new ProfileChanges(null, null, null, Optional.of(chosen.getLanguage()), null),
                    null));
    request.setAttribute(RESOLVED, chosen);
  }

  /** Pages without a user (sign-in, assets) never touch the profile. */
  private Optional<UserId> signedIn(HttpServletRequest request) {
    return request.getUserPrincipal() == null ? Optional.empty() : signedIn.current();
  }

  private static Locale supported(Locale wanted) {
    return wanted != null && wanted.getLanguage().equals("vi") ? VIETNAMESE : ENGLISH;
  }
}
