package com.spendwise.goal;

import com.spendwise.goal.internal.GoalRepository;
import com.spendwise.user.UserId;
import java.time.LocalDate;
import org.springframework.stereotype.Service;

/**
 * A backup's goals going back in (for the exchange module's restore): as the backup has them, under
 * the ids the restore chose. No notifications: a deadline already past counts as notified, so the
 * restored account is not told again about a deadline its owner was told about before.
 */
@Service
public class GoalRestore {

  private final GoalRepository goals;

  GoalRestore(GoalRepository goals) {
    this.goals = goals;
  }

  /** Removes the user's goals, which a restore replaces. */
  public void removeAll(UserId user) {
    goals.deleteAll(user);
  }

  public void restore(UserId user, GoalId id, Goal goal, LocalDate today) {
    goals.restore(user, id, goal, goal.deadline() != null && goal.deadline().isBefore(today));
  }
}
