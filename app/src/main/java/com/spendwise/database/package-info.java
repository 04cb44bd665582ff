/**
 * The database. Owns the choice between a Secrets Manager secret, a URL or an embedded PostgreSQL,
 * and the connection pool. Publishes only the {@code DataSource} bean; no other module reaches in.
 */
package com.spendwise.database;
