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
    return transactionsCsv(user, filter, false);
  }

  /**
   * The same, starting with a UTF-8 byte-order mark when {@code bom}: Excel on Windows reads a CSV
   * without one in the system's code page, which garbles Vietnamese.
   */
  public Body transactionsCsv(UserId user, EntryFilter filter, boolean bom) {
    Body body = csv.prepare(user, filter)::writeTo;
    if (!bom) {
      return body;
    }
    return out -> {
      out.write(UTF8_BOM);
      body.writeTo(out);
    };
  }

  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
}
