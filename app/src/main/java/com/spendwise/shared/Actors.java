package com.spendwise.shared;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/**
 * Who created a record of a shared ledger and who changed it last, as the tables' trigger keeps
 * them (migration V16). Null: the ledger's own person (a personal ledger), SpendWise itself, or a
 * member whose account was deleted. Kept out of backups: a restore records the restorer instead.
 */
public record Actors(UUID createdBy, UUID updatedBy) {

  public static final Actors NONE = new Actors(null, null);

  /** The columns {@link #of} reads, for a query's select list. */
  public static final String COLUMNS = "created_by, updated_by";

  public static Actors of(ResultSet rs) throws SQLException {
    return new Actors(
        rs.getObject("created_by", UUID.class), rs.getObject("updated_by", UUID.class));
  }
}
