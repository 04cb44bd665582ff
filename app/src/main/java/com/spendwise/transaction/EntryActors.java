package com.spendwise.transaction;

import java.util.UUID;

/**
 * Who created an entry of a shared ledger and who changed it last (null: the ledger's own person,
 * SpendWise's scheduler, or a former member), and the contribution it is one side of, if any.
 */
public record EntryActors(UUID createdBy, UUID updatedBy, UUID contributionId) {

  public static final EntryActors NONE = new EntryActors(null, null, null);
}
