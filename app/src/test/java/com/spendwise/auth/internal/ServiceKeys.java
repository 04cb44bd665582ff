package com.spendwise.auth.internal;

import com.nimbusds.jose.jwk.RSAKey;
import org.springframework.context.ApplicationContext;

/** The key a running service signs with, for tests that forge tokens with it. */
public final class ServiceKeys {

  private ServiceKeys() {}

  public static RSAKey signing(ApplicationContext context) {
    return context.getBean(SigningKeys.class).signing();
  }
}
