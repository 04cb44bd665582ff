package com.spendwise.exchange;

import com.spendwise.exchange.internal.TransactionCsv;
import com.spendwise.transaction.EntryFilter;
import com.spendwise.user.UserId;
import java.io.IOException;
import java.io.OutputStream;
import org.springframework.stereotype.Service;

/** Data out: what the API's export and the web app's export button both write. */
@Service
public class Exports {

  /** A prepared export, written when the response's body is. */
  @FunctionalInterface
  public interface Body {
    void writeTo(OutputStream out) throws IOException;
  }

  private final TransactionCsv csv;

  Exports(TransactionCsv csv) {
    this.csv = csv;
  }

  /**
   * The user's transactions matching {@code filter} as CSV; the filter is checked now (400, or 404
   * for another user's wallet, category or tag), so a bad one fails before any byte is written.
   */
  public Body transactionsCsv(UserId user, EntryFilter filter) {
    return csv.prepare(user, filter)::writeTo;
  }
}
