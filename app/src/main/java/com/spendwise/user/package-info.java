/**
 * Users. Owns the users table: provisioning on a first request, the profile (currency, time zone,
 * language). Publishes {@link com.spendwise.user.UserService}, {@link
 * com.spendwise.user.SignedInUsers}, {@link com.spendwise.user.UserId}, {@link
 * com.spendwise.user.UserProfile} and the {@link com.spendwise.user.UserProvisioned} event.
 */
package com.spendwise.user;
