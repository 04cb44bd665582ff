/**
 * Data in and out: the transactions as CSV (streamed, with the list's filters). Owns no table; it
 * reads through the ledger's, wallets', categories' and tags' public services.
 */
package com.spendwise.exchange;
