package com.spendwise.notification;

import java.util.UUID;

/** What a notification is about; the API turns it into a link. */
public record Subject(Kind kind, UUID id) {

  public enum Kind {
    BUDGET("/api/v1/budgets/"),
    GOAL("/api/v1/goals/"),
    RECURRING_TRANSACTION("/api/v1/recurring-transactions/"),
    TRANSACTION("/api/v1/transactions/");

    private final String path;

    Kind(String path) {
      this.path = path;
    }
  }

  public String link() {
    return kind.path + id;
  }
}
