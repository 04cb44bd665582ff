package com.spendwise.sharing.ui;

import com.spendwise.sharing.Member;
import java.util.AbstractMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * A shared ledger's members' names by id, read from the database only if the page shows one (a list
 * of transactions does; most pages do not).
 */
final class MemberNames extends AbstractMap<UUID, String> {

  private final Supplier<List<Member>> members;
  private Map<UUID, String> names;

  MemberNames(Supplier<List<Member>> members) {
    this.members = members;
  }

  @Override
  public Set<Entry<UUID, String>> entrySet() {
    if (names == null) {
      names = new LinkedHashMap<>();
      members.get().forEach(m -> names.put(m.user().value(), m.name()));
    }
    return names.entrySet();
  }
}
