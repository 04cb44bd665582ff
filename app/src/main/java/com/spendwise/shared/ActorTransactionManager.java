package com.spendwise.shared;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.TransactionDefinition;

/**
 * Boot's JDBC transaction manager, plus one statement at the start of a writing transaction of a
 * request that acts on someone else's ledger: it names the actor for the transaction only
 * (set_config(..., true)), so the rows' created_by and updated_by are filled by a trigger, and a
 * pooled connection carries nothing into its next transaction. Personal ledgers pay nothing.
 */
public class ActorTransactionManager extends JdbcTransactionManager {

  public ActorTransactionManager(DataSource dataSource) {
    super(dataSource);
  }

  @Override
  protected void prepareTransactionalConnection(Connection con, TransactionDefinition definition)
      throws SQLException {
    super.prepareTransactionalConnection(con, definition);
    Optional<UUID> actor = Acting.actor();
    if (actor.isPresent() && !definition.isReadOnly()) {
      name(con, actor.get());
    }
  }

  /** Names {@code actor} to the current database transaction of {@code con}. */
  static void name(Connection con, UUID actor) throws SQLException {
    try (PreparedStatement statement =
        con.prepareStatement("SELECT set_config('spendwise.actor', ?, true)")) {
      statement.setString(1, actor.toString());
      statement.execute();
    }
  }
}
