/**
 * Tags. Owns the tags table (the ledger owns transaction_tags). Publishes {@link
 * com.spendwise.tag.TagService} and {@link com.spendwise.tag.TagId}.
 */
package com.spendwise.tag;
