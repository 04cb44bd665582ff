/**
 * Rules that categorise: a person's ordered rules (conditions joined by ALL or ANY, one level of
 * groups; actions on category, tags and note) that run as transactions are recorded or imported, a
 * preview and apply over existing ones, and rule suggestions learnt with consent. Owns the rules
 * and rule_suggestions tables; implements the ledger's {@link
 * com.spendwise.transaction.EntryRules}.
 */
package com.spendwise.rule;
