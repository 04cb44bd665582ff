package com.spendwise.sharing;

/**
 * How a request names the ledger it acts on: the API's {@value #HEADER} header (absent: the
 * person's own), the web app's choice in the header menu, kept in the page session.
 */
public final class ActingLedger {

  /** The API's header naming a shared ledger by id. */
  public static final String HEADER = "SpendWise-Ledger";

  /** The hidden field of every page form naming the ledger the page was showing. */
  public static final String FORM_FIELD = "_ledger";

  /** The page session's attribute holding the chosen ledger's id. */
  public static final String SESSION_ATTRIBUTE = "spendwise.ledger";

  private ActingLedger() {}
}
