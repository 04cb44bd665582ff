package com.spendwise.auth;

import java.time.Instant;

/** One sign-in or failed attempt of a local account, as its owner reads it. */
public record SignInEvent(
    Instant at, boolean succeeded, Method method, String address, String device) {

  public enum Method {
    PASSWORD,
    PASSKEY,
    PASSWORD_AND_PASSKEY,
    REGISTER
  }
}
