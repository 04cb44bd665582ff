/**
 * Authentication. Owns the local accounts (Argon2id hashes, login throttling), the signing keys
 * every instance shares, and the resource server that accepts Cognito or local bearer tokens.
 * Publishes {@link com.spendwise.auth.IssuedToken}; the rest of the service only sees a user id.
 */
package com.spendwise.auth;
