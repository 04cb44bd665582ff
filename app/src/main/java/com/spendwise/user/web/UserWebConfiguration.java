package com.spendwise.user.web;

import com.spendwise.user.UserService;
import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class UserWebConfiguration implements WebMvcConfigurer {

  private final UserService users;

  UserWebConfiguration(UserService users) {
    this.users = users;
  }

  @Override
  public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
    resolvers.add(new CurrentUserArgumentResolver(users));
  }
}
