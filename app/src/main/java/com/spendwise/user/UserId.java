package com.spendwise.user;

import java.util.UUID;

/** The id of a SpendWise user: what every other module keys user data by. */
public record UserId(UUID value) {

  @Override
  public String toString() {
    return value.toString();
  }
}
