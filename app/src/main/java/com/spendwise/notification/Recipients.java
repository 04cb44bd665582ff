package com.spendwise.notification;

import com.spendwise.user.UserId;
import java.util.List;
import java.util.Map;

/**
 * Who reads the notifications of a user that is a shared ledger: implemented by the module that
 * keeps memberships, so that this module needs none of it.
 */
public interface Recipients {

  /** For each of {@code users} that is a shared ledger, its members; the others are absent. */
  Map<UserId, List<UserId>> membersOf(List<UserId> users);
}
