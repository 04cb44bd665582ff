/**
 * Shared ledgers: a household's ledger is a user row nobody signs in to, reached through
 * memberships (owner, editor, viewer) and email invitations. Owns ledgers, ledger_members and
 * ledger_invitations; publishes which ledger a request acts on and with what role.
 */
package com.spendwise.sharing;
