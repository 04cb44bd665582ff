package com.spendwise.exchange.internal;

import com.spendwise.shared.FieldProblem;
import com.spendwise.shared.ProblemException;
import com.webcohesion.ofx4j.domain.data.MessageSetType;
import com.webcohesion.ofx4j.domain.data.ResponseEnvelope;
import com.webcohesion.ofx4j.domain.data.ResponseMessageSet;
import com.webcohesion.ofx4j.domain.data.banking.BankStatementResponseTransaction;
import com.webcohesion.ofx4j.domain.data.banking.BankingResponseMessageSet;
import com.webcohesion.ofx4j.domain.data.common.StatementResponse;
import com.webcohesion.ofx4j.domain.data.common.Transaction;
import com.webcohesion.ofx4j.domain.data.creditcard.CreditCardResponseMessageSet;
import com.webcohesion.ofx4j.domain.data.creditcard.CreditCardStatementResponseTransaction;
import com.webcohesion.ofx4j.io.AggregateUnmarshaller;
import com.webcohesion.ofx4j.io.OFXParseException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads an OFX bank or credit-card statement, 1.x (SGML) or 2.x (XML), with ofx4j: each {@code
 * STMTTRN} becomes a row with its {@code FITID} as the bank's id, {@code NAME} (and {@code MEMO})
 * as the note and {@code DTPOSTED} as the date in the user's time zone.
 */
public final class StatementOfx {

  /** The rows, and the statement's currency ({@code CURDEF}) when it names one. */
  public record Statement(String currency, List<StatementRow> rows) {}

  private StatementOfx() {}

  public static Statement read(byte[] file, ZoneId zone) {
    ResponseEnvelope envelope;
    try {
      envelope =
          new AggregateUnmarshaller<>(ResponseEnvelope.class)
              .unmarshal(new ByteArrayInputStream(file));
    } catch (IOException | OFXParseException | RuntimeException e) {
      throw ProblemException.invalidField(
          "file", "malformed-file", "The file is not a readable OFX statement.");
    }
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
    String currency = null;
    List<StatementRow> rows = new ArrayList<>();
    for (StatementResponse statement : statements) {
      if (statement == null) {
        continue;
      }
      if (currency == null) {
        currency = statement.getCurrencyCode();
      }
      if (statement.getTransactionList() == null
          || statement.getTransactionList().getTransactions() == null) {
        continue;
      }
      for (Transaction transaction : statement.getTransactionList().getTransactions()) {
        rows.add(row(rows.size() + 1, transaction, zone));
      }
    }
    return new Statement(currency, rows);
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
