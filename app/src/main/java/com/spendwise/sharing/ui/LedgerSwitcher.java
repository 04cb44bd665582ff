package com.spendwise.sharing.ui;

import com.spendwise.sharing.ActingLedger;
import com.spendwise.sharing.Ledger;
import com.spendwise.sharing.SharedLedgers;
import com.spendwise.user.SignedInUsers;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Puts the person's ledgers and the one the page acts on in every signed-in page, for the header's
 * switcher and its "shared ledger" line (the person always sees where they are writing), and in a
 * shared ledger its members' names, for the lists' "by Lan".
 */
@Configuration(proxyBeanMethods = false)
class LedgerSwitcher implements WebMvcConfigurer, HandlerInterceptor {

  private final SharedLedgers ledgers;
  private final SignedInUsers signedIn;

  LedgerSwitcher(SharedLedgers ledgers, SignedInUsers signedIn) {
    this.ledgers = ledgers;
    this.signedIn = signedIn;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(this).excludePathPatterns("/api/**", "/assets/**", "/webjars/**");
  }

  @Override
  public void postHandle(
      HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView page) {
    if (page == null
        || request.getUserPrincipal() == null
        || (page.getViewName() != null && page.getViewName().startsWith("redirect:"))) {
      return;
    }
    signedIn
        .current()
        .ifPresent(
            person -> {
              List<Ledger> mine = ledgers.ledgersOf(person);
              HttpSession session = request.getSession(false);
              Object chosen =
                  session == null ? null : session.getAttribute(ActingLedger.SESSION_ATTRIBUTE);
              Ledger acting =
                  mine.stream()
                      .filter(l -> l.id().value().toString().equals(chosen))
                      .findFirst()
                      .orElse(mine.get(0));
              page.addObject("ledgers", mine);
              page.addObject("acting", acting);
              page.addObject("here", here(request));
              Map<UUID, String> ledgerNames = new LinkedHashMap<>();
              mine.forEach(l -> ledgerNames.put(l.id().value(), l.name()));
              page.addObject("ledgerNames", ledgerNames);
              if (!acting.personal()) {
                page.addObject(
                    "memberNames",
                    new MemberNames(() -> ledgers.members(person, acting.id().value())));
              }
            });
  }

  /** Where switching brings the person back: this page when it can be opened again, else home. */
  private static String here(HttpServletRequest request) {
    if (!"GET".equals(request.getMethod())) {
      return "/";
    }
    String query = request.getQueryString();
    return request.getRequestURI() + (query == null ? "" : "?" + query);
  }
}
