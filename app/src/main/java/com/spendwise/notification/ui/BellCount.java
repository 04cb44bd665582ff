package com.spendwise.notification.ui;

import com.spendwise.notification.NotificationService;
import com.spendwise.user.SignedInUsers;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Puts the unread count in every signed-in page for the header's bell, unless the page has it
 * already (the dashboard reads it with its summary).
 */
@Configuration(proxyBeanMethods = false)
class BellCount implements WebMvcConfigurer, HandlerInterceptor {

  static final String UNREAD = "unread";

  private final NotificationService notifications;
  private final SignedInUsers signedIn;

  BellCount(NotificationService notifications, SignedInUsers signedIn) {
    this.notifications = notifications;
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
        || page.getModel().containsKey(UNREAD)
        || request.getUserPrincipal() == null
        || (page.getViewName() != null && page.getViewName().startsWith("redirect:"))) {
      return;
    }
    signedIn.current().ifPresent(user -> page.addObject(UNREAD, notifications.unreadCount(user)));
  }
}
