/**
 * Savings goals. Owns the goals table: contributions, GOAL_REACHED once, GOAL_DEADLINE notices.
 * Publishes {@link com.spendwise.goal.GoalService}.
 */
package com.spendwise.goal;
