package com.spendwise.sharing.web;

import com.spendwise.sharing.LedgerAccess;
import com.spendwise.user.SignedInUsers;
import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class SharingWebConfiguration implements WebMvcConfigurer {

  private final SignedInUsers signedIn;
  private final LedgerAccess access;

  SharingWebConfiguration(SignedInUsers signedIn, LedgerAccess access) {
    this.signedIn = signedIn;
    this.access = access;
  }

  @Override
  public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
    resolvers.add(new ActingLedgerResolver(signedIn, access));
  }
}
