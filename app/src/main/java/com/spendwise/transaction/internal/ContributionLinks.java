package com.spendwise.transaction.internal;

import com.spendwise.transaction.TransactionId;
import com.spendwise.user.UserId;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The link between the two sides of a contribution, and naming who records them. */
@Repository
public class ContributionLinks {

  private final JdbcClient jdbc;

  ContributionLinks(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * The other side of a contribution, in whichever ledger it is: asked only after the caller's own
   * side, found in their ledger, named the contribution.
   */
  public Optional<PairSide> otherSide(UUID contribution, TransactionId side) {
    return jdbc.sql("SELECT user_id, id FROM transactions WHERE contribution_id = ? AND id <> ?")
        .params(contribution, side.value())
        .query(
            (rs, n) ->
                new PairSide(
                    new UserId(rs.getObject(1, UUID.class)),
                    new TransactionId(rs.getObject(2, UUID.class))))
        .optional();
  }

  /** One side of a contribution: the ledger it is in and its id. */
  public record PairSide(UserId ledger, TransactionId id) {}

  /** Makes two entries, each in its ledger, the sides of one contribution. */
  public void link(UUID contribution, UserId user, TransactionId id) {
    jdbc.sql("UPDATE transactions SET contribution_id = ? WHERE id = ? AND user_id = ?")
        .params(contribution, id.value(), user.value())
        .update();
  }

  /** Leaves the remaining side of a contribution on its own. */
  public void unlink(UUID contribution) {
    jdbc.sql("UPDATE transactions SET contribution_id = NULL WHERE contribution_id = ?")
        .param(contribution)
        .update();
  }

  /**
   * Names the person acting to this database transaction: the entries it records in a ledger not
   * their own say who made them (the table's trigger reads it).
   */
  public void nameActor(UserId person) {
    jdbc.sql("SELECT set_config('spendwise.actor', ?, true)")
        .param(person.value().toString())
        .query()
        .rowSet();
  }
}
