package com.spendwise.sharing.internal;

import com.spendwise.shared.SqlArrays;
import com.spendwise.sharing.Ledger;
import com.spendwise.sharing.Member;
import com.spendwise.sharing.Role;
import com.spendwise.user.UserId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Ledgers and their members. Names of ledgers and members are joined from users (a declared read):
 * one indexed query per list instead of one per row.
 */
@Repository
public class MemberRepository {

  /** The most shared ledgers a person may belong to: the switcher lists them all. */
  public static final int MAX_LEDGERS = 50;

  /** The most members a shared ledger may have: the member page lists them all. */
  public static final int MAX_MEMBERS = 50;

  private final JdbcClient jdbc;

  MemberRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void insertLedger(UserId ledger, UserId owner) {
    jdbc.sql("INSERT INTO ledgers (id) VALUES (?)").param(ledger.value()).update();
    add(ledger, owner, Role.OWNER);
  }

  /** Adds a member; false when they already are one (their role is left as it is). */
  public boolean add(UserId ledger, UserId user, Role role) {
    return jdbc.sql(
                "INSERT INTO ledger_members (ledger_id, user_id, role) VALUES (?, ?, ?)"
                    + " ON CONFLICT DO NOTHING")
            .params(ledger.value(), user.value(), role.name())
            .update()
        == 1;
  }

  /** The person's role in a ledger: the primary key's lookup every shared request makes. */
  public Optional<Role> role(UserId person, UUID ledger) {
    return jdbc.sql("SELECT role FROM ledger_members WHERE user_id = ? AND ledger_id = ?")
        .params(person.value(), ledger)
        .query((rs, n) -> Role.valueOf(rs.getString(1)))
        .optional();
  }

  public long countOf(UserId person) {
    return jdbc.sql("SELECT count(*) FROM ledger_members WHERE user_id = ?")
        .param(person.value())
        .query(Long.class)
        .single();
  }

  /** The shared ledgers a person belongs to, by name. */
  public List<Ledger> ledgersOf(UserId person) {
    return jdbc.sql(
            "SELECT m.ledger_id, u.display_name, m.role, u.default_currency"
                + " FROM ledger_members m JOIN users u ON u.id = m.ledger_id"
                + " WHERE m.user_id = ? ORDER BY lower(u.display_name), m.ledger_id LIMIT ?")
        .params(person.value(), MAX_LEDGERS)
        .query(
            (rs, n) ->
                new Ledger(
                    new UserId(rs.getObject(1, UUID.class)),
                    rs.getString(2),
                    false,
                    Role.valueOf(rs.getString(3)),
                    rs.getString(4)))
        .list();
  }

  /** A ledger's members, the earliest first. */
  public List<Member> members(UserId ledger) {
    return jdbc.sql(
            "SELECT m.user_id, coalesce(u.display_name, u.email), u.email, m.role, m.joined_at"
                + " FROM ledger_members m JOIN users u ON u.id = m.user_id"
                + " WHERE m.ledger_id = ? ORDER BY m.joined_at, m.user_id LIMIT ?")
        .params(ledger.value(), MAX_MEMBERS + 1)
        .query(MemberRepository::member)
        .list();
  }

  /** Locks the ledger's memberships, so that two changes of its owners take turns. */
  public void lock(UserId ledger) {
    jdbc.sql("SELECT id FROM ledgers WHERE id = ? FOR UPDATE")
        .param(ledger.value())
        .query()
        .rowSet();
  }

  public boolean setRole(UserId ledger, UserId member, Role role) {
    return jdbc.sql("UPDATE ledger_members SET role = ? WHERE ledger_id = ? AND user_id = ?")
            .params(role.name(), ledger.value(), member.value())
            .update()
        == 1;
  }

  public boolean remove(UserId ledger, UserId member) {
    return jdbc.sql("DELETE FROM ledger_members WHERE ledger_id = ? AND user_id = ?")
            .params(ledger.value(), member.value())
            .update()
        == 1;
  }

  /** The ledgers in which this person is the only owner. */
  public List<UserId> soleOwnerships(UserId person) {
    return jdbc.sql(
            "SELECT m.ledger_id FROM ledger_members m WHERE m.user_id = ? AND m.role = 'OWNER'"
                + " AND NOT EXISTS (SELECT 1 FROM ledger_members o WHERE o.ledger_id = m.ledger_id"
                + " AND o.role = 'OWNER' AND o.user_id <> m.user_id)")
        .param(person.value())
        .query((rs, n) -> new UserId(rs.getObject(1, UUID.class)))
        .list();
  }

  /** The members of each of these ledgers (for notifications). */
  public List<UserId[]> membersOf(List<UUID> ledgers) {
    return jdbc.sql(
            "SELECT ledger_id, user_id FROM ledger_members WHERE ledger_id = ANY (CAST(? AS uuid[]))"
                + " ORDER BY joined_at")
        .param(SqlArrays.column(ledgers, id -> id))
        .query(
            (rs, n) ->
                new UserId[] {
                  new UserId(rs.getObject(1, UUID.class)), new UserId(rs.getObject(2, UUID.class))
                })
        .list();
  }

  private static Member member(ResultSet rs, int n) throws SQLException {
    return new Member(
        new UserId(rs.getObject(1, UUID.class)),
        rs.getString(2),
        rs.getString(3),
        Role.valueOf(rs.getString(4)),
        rs.getTimestamp(5).toInstant());
  }
}
