package com.spendwise.sharing.internal;

import com.spendwise.notification.Recipients;
import com.spendwise.user.UserId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** A shared ledger's notifications go to each of its members. */
@Component
class LedgerRecipients implements Recipients {

  private final MemberRepository members;

  LedgerRecipients(MemberRepository members) {
    this.members = members;
  }

  @Override
  public Map<UserId, List<UserId>> membersOf(List<UserId> users) {
    Map<UserId, List<UserId>> byLedger = new LinkedHashMap<>();
    List<UUID> ids = users.stream().map(UserId::value).toList();
    for (UserId[] row : members.membersOf(ids)) {
      byLedger.computeIfAbsent(row[0], k -> new java.util.ArrayList<>()).add(row[1]);
    }
    return byLedger;
  }
}
