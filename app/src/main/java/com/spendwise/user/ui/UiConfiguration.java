package com.spendwise.user.ui;

import com.spendwise.user.SignedInUsers;
import com.spendwise.user.UserService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** Pages speak English or Vietnamese: see {@link ProfileLocaleResolver}; ?lang= chooses. */
@Configuration(proxyBeanMethods = false)
class UiConfiguration implements WebMvcConfigurer {

  @Bean
  LocaleResolver localeResolver(SignedInUsers signedIn, UserService users) {
    return new ProfileLocaleResolver(signedIn, users);
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    LocaleChangeInterceptor change = new LocaleChangeInterceptor();
    change.setParamName("lang");
    change.setIgnoreInvalidLocale(true);
    registry.addInterceptor(change).excludePathPatterns("/api/**");
  }
}
