package com.spendwise.auth.internal;

import com.spendwise.user.AccountDirectory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** Local mode: a subject is an account while its local account exists. */
@Component
@ConditionalOnProperty(name = "spendwise.auth.mode", havingValue = "local", matchIfMissing = true)
class LocalAccountDirectory implements AccountDirectory {

  private final LocalAccountService accounts;

  LocalAccountDirectory(LocalAccountService accounts) {
    this.accounts = accounts;
  }

  @Override
  public boolean exists(String subject) {
    return accounts.exists(subject);
  }
}
