/**
 * Small and boring helpers every module uses: money rules, keyset pages and cursors, idempotency
 * keys, retried transactions, problem details, ETags, merge patch, the clock.
 */
package com.spendwise.shared;
