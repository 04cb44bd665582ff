package com.spendwise.database.internal;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Matches when the configuration names no database: then we run our own. */
class EmbeddedDatabaseCondition implements Condition {

  @Override
  public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
    return Binder.get(context.getEnvironment())
        .bind("spendwise.db", DatabaseProperties.class)
        .map(properties -> properties.mode() == DatabaseProperties.Mode.EMBEDDED)
        .orElse(true);
  }
}
