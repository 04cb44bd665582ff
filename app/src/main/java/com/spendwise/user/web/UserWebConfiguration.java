package com.spendwise.user.web;

import com.spendwise.user.SignedInUsers;
import com.spendwise.user.UserId;
import java.util.List;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class UserWebConfiguration implements WebMvcConfigurer {

  static {
    // The current user comes from the token, not from the request: keep it out of the API docs.
    SpringDocUtils.getConfig().addRequestWrapperToIgnore(UserId.class);
  }

  private final SignedInUsers signedIn;

  UserWebConfiguration(SignedInUsers signedIn) {
    this.signedIn = signedIn;
  }

  @Override
  public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
    resolvers.add(new SignedInArgumentResolver(signedIn));
  }
}
