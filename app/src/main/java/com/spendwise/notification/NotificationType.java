package com.spendwise.notification;

public enum NotificationType {
  BUDGET_WARNING,
  BUDGET_EXCEEDED,
  GOAL_REACHED,
  GOAL_DEADLINE,
  RECURRING_EXECUTED,
  RECURRING_FAILED,
  PASSWORD_CHANGED,
  NEW_SIGN_IN
}
