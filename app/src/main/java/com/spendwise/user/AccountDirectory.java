package com.spendwise.user;

/**
 * Whether a token subject still has an account, asked before a user is provisioned for it. In local
 * mode the service's own accounts answer (a deleted account's token, still unexpired, must not
 * bring an empty user back); in cognito mode every subject the pool signed for is an account.
 */
public interface AccountDirectory {

  boolean exists(String subject);
}
