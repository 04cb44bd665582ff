package com.spendwise.report.internal;

import com.spendwise.report.ExchangeRate;
import com.spendwise.report.ExchangeRateId;
import com.spendwise.shared.KeysetPages;
import com.spendwise.shared.Page;
import com.spendwise.shared.PageRequest;
import com.spendwise.shared.SqlTimes;
import com.spendwise.user.UserId;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for the exchange_rates table. Every statement names the owner. */
@Repository
public class ExchangeRateRepository {

  private static final String COLUMNS =
      "id, base, quote, rate, date, version, created_at, updated_at";

  private final JdbcClient jdbc;

  ExchangeRateRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Empty when the user already has a rate for this pair and date. */
  public Optional<ExchangeRate> insert(
      UserId user, String base, String quote, BigDecimal rate, LocalDate date) {
    try {
      return Optional.of(
          jdbc.sql(
                  "INSERT INTO exchange_rates (user_id, base, quote, rate, date)"
                      + " VALUES (?, ?, ?, ?, ?) RETURNING "
                      + COLUMNS)
              .params(user.value(), base, quote, rate, date)
              .query(ExchangeRateRepository::map)
              .single());
    } catch (DuplicateKeyException e) {
      return Optional.empty();
    }
  }

  public Optional<ExchangeRate> find(UserId user, ExchangeRateId id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM exchange_rates WHERE id = ? AND user_id = ?")
        .params(id.value(), user.value())
        .query(ExchangeRateRepository::map)
        .optional();
  }

  public Optional<ExchangeRate> lock(UserId user, ExchangeRateId id) {
    return jdbc.sql(
            "SELECT " + COLUMNS + " FROM exchange_rates WHERE id = ? AND user_id = ? FOR UPDATE")
        .params(id.value(), user.value())
        .query(ExchangeRateRepository::map)
        .optional();
  }

  public Page<ExchangeRate> page(UserId user, PageRequest page) {
    return KeysetPages.newestFirst(
        jdbc,
        "SELECT " + COLUMNS + " FROM exchange_rates WHERE user_id = ?",
        List.of(user.value()),
        page,
        ExchangeRateRepository::map,
        ExchangeRate::createdAt,
        r -> r.id().value());
  }

  /** Empty when another of the user's rates already has this pair and date. */
  public Optional<ExchangeRate> update(
      UserId user, ExchangeRateId id, String base, String quote, BigDecimal rate, LocalDate date) {
    try {
      return Optional.of(
          jdbc.sql(
                  "UPDATE exchange_rates SET base = ?, quote = ?, rate = ?, date = ?,"
                      + " version = version + 1, updated_at = now()"
                      + " WHERE id = ? AND user_id = ? RETURNING "
                      + COLUMNS)
              .params(base, quote, rate, date, id.value(), user.value())
              .query(ExchangeRateRepository::map)
              .single());
    } catch (DuplicateKeyException e) {
      return Optional.empty();
    }
  }

  public void delete(UserId user, ExchangeRateId id) {
    jdbc.sql("DELETE FROM exchange_rates WHERE id = ? AND user_id = ?")
        .params(id.value(), user.value())
        .update();
  }

  /** Every rate between {@code currency} and another currency dated on or before {@code until}. */
  public List<ExchangeRate> involving(UserId user, String currency, LocalDate until) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM exchange_rates WHERE user_id = ? AND (base = ? OR quote = ?)"
                + " AND date <= ? ORDER BY date")
        .params(user.value(), currency, currency, until)
        .query(ExchangeRateRepository::map)
        .list();
  }

  private static ExchangeRate map(ResultSet rs, int row) throws SQLException {
    return new ExchangeRate(
        new ExchangeRateId(rs.getObject("id", UUID.class)),
        rs.getString("base"),
        rs.getString("quote"),
        rs.getBigDecimal("rate"),
        rs.getObject("date", LocalDate.class),
        rs.getLong("version"),
        rs.getTimestamp("created_at").toInstant(),
        rs.getTimestamp("updated_at").toInstant());
  }

  /** Removes every rate of the user (a restore replaces them). */
  public void deleteAll(UserId user) {
    jdbc.sql("DELETE FROM exchange_rates WHERE user_id = ?").param(user.value()).update();
  }

  /** A rate as a backup has it, under a new id. */
  public void restore(UserId user, ExchangeRate r) {
    jdbc.sql(
            "INSERT INTO exchange_rates (user_id, base, quote, rate, date, version, created_at,"
                + " updated_at) VALUES (?, ?, ?, ?, ?, ?, coalesce(CAST(? AS timestamptz), now()), coalesce(CAST(? AS timestamptz), now()))")
        .params(
            user.value(),
            r.base(),
            r.quote(),
            r.rate(),
            r.date(),
            r.version(),
            SqlTimes.orNull(r.createdAt()),
            SqlTimes.orNull(r.updatedAt()))
        .update();
  }
}
