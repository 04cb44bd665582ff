/**
 * Data in and out. Publishes {@link com.spendwise.exchange.Exports} (transactions as CSV, streamed
 * with the list's filters), {@link com.spendwise.exchange.Backups} (the whole account as one JSON
 * snapshot) and {@link com.spendwise.exchange.Restores} (such a snapshot into an account without
 * history), {@link com.spendwise.exchange.ImportService} (CSV and OFX statements into a wallet,
 * previewed, de-duplicated), {@link com.spendwise.exchange.Uploads} (statements waiting between the
 * web app's import steps) and {@link com.spendwise.exchange.SavedMappings}. Owns import_keys,
 * import_uploads and import_mappings; reads everything else through the other modules' public
 * services and writes through them too, except a restore, which inserts every module's rows as the
 * backup has them (see {@code internal/RestoreWriter}).
 */
package com.spendwise.exchange;
