/**
 * Data in and out. Publishes {@link com.spendwise.exchange.Exports} (transactions as CSV, streamed
 * with the list's filters), {@link com.spendwise.exchange.Backups} (the whole account as one JSON
 * snapshot), {@link com.spendwise.exchange.ImportService} (CSV and OFX statements into a wallet,
 * previewed, de-duplicated) and {@link com.spendwise.exchange.Uploads} (statements waiting between
 * the web app's import steps) and {@link com.spendwise.exchange.SavedMappings}. Owns import_keys,
 * import_uploads and import_mappings; reads and writes everything else through the other modules'
 * public services.
 */
package com.spendwise.exchange;
