package com.spendwise.user;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a controller parameter of type {@link UserId} that receives the ledger the request acts on:
 * the signed-in person's own (provisioned on first use), or a shared ledger the request names and
 * the person is a member of. Every query of the request's data is scoped by it. Writes need an
 * editor's role in a shared ledger; {@link #manage} ones (backup, restore) an owner's.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
public @interface CurrentUser {

  /** The request manages the ledger as a whole (backup, restore): only its owners may. */
  boolean manage() default false;
}
