package com.spendwise.database.internal;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/** Matches when neither a secret nor a URL names a database: then we run our own. */
class EmbeddedDatabaseCondition implements Condition {

  @Override
  public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
    var environment = context.getEnvironment();
    return !StringUtils.hasText(environment.getProperty("spendwise.db.secret-id"))
        && !StringUtils.hasText(environment.getProperty("spendwise.db.url"));
  }
}
