package com.spendwise.infra;

import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.cognito.AccountRecovery;
import software.amazon.awscdk.services.cognito.AuthFlow;
import software.amazon.awscdk.services.cognito.AutoVerifiedAttrs;
import software.amazon.awscdk.services.cognito.PasswordPolicy;
import software.amazon.awscdk.services.cognito.SignInAliases;
import software.amazon.awscdk.services.cognito.UserPool;
import software.amazon.awscdk.services.cognito.UserPoolClient;
import software.amazon.awscdk.services.cognito.UserPoolClientOptions;
import software.constructs.Construct;

/** The Cognito user pool and app client whose access tokens the service accepts (mode cognito). */
public final class Identity extends Construct {

  private final UserPool pool;
  private final UserPoolClient client;

  public Identity(Construct scope, String id, Environment env) {
    super(scope, id);
    pool =
        UserPool.Builder.create(this, "Users")
            .userPoolName("spendwise-" + env.name())
            .selfSignUpEnabled(true)
            .signInAliases(SignInAliases.builder().email(true).build())
            .autoVerify(AutoVerifiedAttrs.builder().email(true).build())
            .passwordPolicy(PasswordPolicy.builder().minLength(12).build())
            .accountRecovery(AccountRecovery.EMAIL_ONLY)
            .deletionProtection(env.retainData())
            .removalPolicy(env.retainData() ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY)
            .build();
    client =
        pool.addClient(
            "App",
            UserPoolClientOptions.builder()
                .generateSecret(false)
                .authFlows(AuthFlow.builder().userSrp(true).build())
                .build());
  }

  public UserPool pool() {
    return pool;
  }

  public UserPoolClient client() {
    return client;
  }
}
