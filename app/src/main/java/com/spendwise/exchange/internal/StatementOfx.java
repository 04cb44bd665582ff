package com.spendwise.exchange.internal;

import com.spendwise.shared.FieldProblem;
import com.spendwise.shared.ProblemException;
import com.webcohesion.ofx4j.domain.data.MessageSetType;
import com.webcohesion.ofx4j.domain.data.ResponseEnvelope;
import com.webcohesion.ofx4j.domain.data.ResponseMessageSet;
import com.webcohesion.ofx4j.domain.data.banking.BankStatementResponse;
import com.webcohesion.ofx4j.domain.data.banking.BankStatementResponseTransaction;
import com.webcohesion.ofx4j.domain.data.banking.BankingResponseMessageSet;
import com.webcohesion.ofx4j.domain.data.common.StatementResponse;
import com.webcohesion.ofx4j.domain.data.common.Transaction;
import com.webcohesion.ofx4j.domain.data.creditcard.CreditCardResponseMessageSet;
import com.webcohesion.ofx4j.domain.data.creditcard.CreditCardStatementResponse;
import com.webcohesion.ofx4j.domain.data.creditcard.CreditCardStatementResponseTransaction;
import com.webcohesion.ofx4j.io.AggregateUnmarshaller;
import com.webcohesion.ofx4j.io.OFXParseException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads an OFX bank or credit-card statement, 1.x (SGML) or 2.x (XML), with ofx4j: each {@code
 * STMTTRN} becomes a row with its {@code FITID} as the bank's id, {@code NAME} (and {@code MEMO})
 * as the note and {@code DTPOSTED} as the date in the user's time zone. Files as banks really write
 * them are read too: an OFX 2 XML header over an SGML body (unclosed {@code <CODE>0} tags) is read
 * again as SGML, and a file holding several accounts keeps them apart for the person to choose
 * from. Quicken's {@code .qfx} is OFX.
 */
public final class StatementOfx {

  /** One account's statement in the file: its {@code ACCTID}, currency and rows. */
  public record Account(String id, String currency, List<StatementRow> rows) {}

  /** The accounts of a file, in the order it lists them. */
  public record Statement(List<Account> accounts) {}

  /** How an OFX 1 file starts; a file with an XML prolog over an SGML body is given this one. */
  private static final String SGML_HEADER =
      "OFXHEADER:100\r\nDATA:OFXSGML\r\nVERSION:102\r\nSECURITY:NONE\r\nENCODING:UTF-8\r\n"
          + "CHARSET:NONE\r\nCOMPRESSION:NONE\r\nOLDFILEUID:NONE\r\nNEWFILEUID:NONE\r\n\r\n";

  private StatementOfx() {}

  public static Statement read(byte[] file, ZoneId zone) {
    ResponseEnvelope envelope = envelope(file);
    List<StatementResponse> statements = new ArrayList<>();
    ResponseMessageSet bank = envelope.getMessageSet(MessageSetType.banking);
    if (bank instanceof BankingResponseMessageSet set && set.getStatementResponses() != null) {
      for (BankStatementResponseTransaction response : set.getStatementResponses()) {
        statements.add(response.getMessage());
      }
    }
    ResponseMessageSet card = envelope.getMessageSet(MessageSetType.creditcard);
    if (card instanceof CreditCardResponseMessageSet set && set.getStatementResponses() != null) {
      for (CreditCardStatementResponseTransaction response : set.getStatementResponses()) {
        statements.add(response.getMessage());
      }
    }
    statements.removeIf(statement -> statement == null);
    if (statements.isEmpty() && envelope.getMessageSet(MessageSetType.investment) != null) {
      throw ProblemException.invalidField(
          "file",
          "investment-statement",
          "The file holds an investment statement; SpendWise imports bank and credit-card"
              + " statements.");
    }
    List<Account> accounts = new ArrayList<>();
    int position = 0;
    for (StatementResponse statement : statements) {
      List<StatementRow> rows = new ArrayList<>();
      if (statement.getTransactionList() != null
          && statement.getTransactionList().getTransactions() != null) {
        for (Transaction transaction : statement.getTransactionList().getTransactions()) {
          rows.add(row(++position, transaction, zone));
        }
      }
      accounts.add(
          new Account(accountId(statement, accounts.size()), statement.getCurrencyCode(), rows));
    }
    return new Statement(accounts);
  }

  /** The file as OFX: as it says it is, or (an XML prolog over an SGML body) as SGML. */
  private static ResponseEnvelope envelope(byte[] file) {
    try {
      return unmarshal(file);
    } catch (IOException | OFXParseException | RuntimeException e) {
      String text = new String(file, StandardCharsets.UTF_8);
      int body = text.indexOf("<OFX>");
      if (text.stripLeading().startsWith("<?xml") && body > 0) {
        try {
          return unmarshal((SGML_HEADER + text.substring(body)).getBytes(StandardCharsets.UTF_8));
        } catch (IOException | OFXParseException | RuntimeException again) {
          // not SGML either: refused below
        }
      }
      throw ProblemException.invalidField(
          "file", "malformed-file", "The file is not a readable OFX statement.");
    }
  }

  private static ResponseEnvelope unmarshal(byte[] file) throws IOException, OFXParseException {
    return new AggregateUnmarshaller<>(ResponseEnvelope.class)
        .unmarshal(new ByteArrayInputStream(file));
  }

  private static String accountId(StatementResponse statement, int index) {
    String id = null;
    if (statement instanceof BankStatementResponse bank && bank.getAccount() != null) {
      id = bank.getAccount().getAccountNumber();
    } else if (statement instanceof CreditCardStatementResponse card && card.getAccount() != null) {
      id = card.getAccount().getAccountNumber();
    }
    return id == null || id.isBlank() ? "account-" + (index + 1) : id.strip();
  }

  private static StatementRow row(int position, Transaction t, ZoneId zone) {
    List<FieldProblem> problems = new ArrayList<>();
    LocalDate date =
        t.getDatePosted() == null ? null : t.getDatePosted().toInstant().atZone(zone).toLocalDate();
    if (date == null) {
      problems.add(new FieldProblem("date", "invalid-date", "The transaction has no DTPOSTED."));
    }
    if (t.getBigDecimalAmount() == null) {
      problems.add(new FieldProblem("amount", "required", "The transaction has no TRNAMT."));
    } else if (t.getBigDecimalAmount().signum() == 0) {
      problems.add(new FieldProblem("amount", "not-positive", "The amount is zero."));
    }
    String name = blankToNull(t.getName());
    String memo = blankToNull(t.getMemo());
    String note =
        name == null ? memo : memo == null || memo.equals(name) ? name : name + " · " + memo;
    return new StatementRow(
        position,
        date,
        t.getBigDecimalAmount(),
        note,
        null,
        blankToNull(t.getId()),
        problems,
        Map.of());
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
