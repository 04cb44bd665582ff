package com.spendwise.database.internal;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/** The routing data source, which closes the replica's pool when the service stops. */
public class ClosingReplica extends DelegatingDataSource implements AutoCloseable {

  private final HikariDataSource replica;

  public ClosingReplica(DataSource routing, HikariDataSource replica) {
    super(routing);
    this.replica = replica;
  }

  @Override
  public void close() {
    replica.close();
  }
}
