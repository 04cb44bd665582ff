package com.spendwise.goal.internal;

import com.spendwise.goal.Goal;
import com.spendwise.goal.internal.GoalRepository.DeadlineDue;
import com.spendwise.notification.NotificationDraft;
import com.spendwise.notification.NotificationType;
import com.spendwise.notification.Subject;
import com.spendwise.shared.Money;
import com.spendwise.user.UserId;
import java.util.Map;

/** The goals' notifications: the API's English message and the values pages write them from. */
public final class GoalNotices {

  private GoalNotices() {}

  /** A goal that has just reached its target. */
  public static NotificationDraft reached(UserId user, Goal goal) {
    return new NotificationDraft(
        user,
        NotificationType.GOAL_REACHED,
        "You reached your goal \""
            + goal.name()
            + "\": "
            + Money.text(goal.currentAmount(), goal.currency())
            + " of "
            + Money.text(goal.targetAmount(), goal.currency())
            + " "
            + goal.currency()
            + ".",
        new Subject(Subject.Kind.GOAL, goal.id().value()),
        figures(goal));
  }

  /** A goal whose deadline comes near. */
  public static NotificationDraft deadline(DeadlineDue due) {
    Goal goal = due.goal();
    return new NotificationDraft(
        due.user(),
        NotificationType.GOAL_DEADLINE,
        "Your goal \""
            + goal.name()
            + "\" is due on "
            + goal.deadline()
            + " and is at "
            + goal.progressPercent().toPlainString()
            + "% ("
            + Money.text(goal.currentAmount(), goal.currency())
            + " of "
            + Money.text(goal.targetAmount(), goal.currency())
            + " "
            + goal.currency()
            + ").",
        new Subject(Subject.Kind.GOAL, goal.id().value()),
        figures(goal));
  }

  /** What the pages write a goal's notification from. */
  private static Map<String, String> figures(Goal goal) {
    return Map.of(
        "name", goal.name(),
        "current", goal.currentAmount().toPlainString(),
        "target", goal.targetAmount().toPlainString(),
        "currency", goal.currency(),
        "percent", goal.progressPercent().toPlainString(),
        "deadline", goal.deadline() == null ? "" : goal.deadline().toString());
  }
}
