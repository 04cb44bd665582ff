package com.spendwise.rule.internal;

import com.spendwise.category.CategoryId;
import com.spendwise.rule.Suggestion;
import com.spendwise.user.UserId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL for rule_suggestions: counting choices, offering, dismissing. Every statement names the
 * owner.
 */
@Repository
public class SuggestionRepository {

  /** How many identical choices make an offer. */
  public static final int OFFER_AT = 3;

  private final JdbcClient jdbc;

  SuggestionRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Counts one more choice of {@code category} for notes cleaning up to {@code key}; the third
   * makes it an offer. A dismissed or accepted pair only counts on, never offered again.
   */
  public void count(UserId user, String key, CategoryId category, String example) {
    jdbc.sql(
            "INSERT INTO rule_suggestions (id, user_id, note_key, category_id, example, times,"
                + " state) VALUES (?, ?, ?, ?, ?, 1, 'COUNTING')"
                + " ON CONFLICT (user_id, note_key, category_id) DO UPDATE SET"
                + " times = rule_suggestions.times + 1, example = EXCLUDED.example,"
                + " updated_at = now(), state = CASE WHEN rule_suggestions.state = 'COUNTING'"
                + " AND rule_suggestions.times + 1 >= ? THEN 'OFFERED'"
                + " ELSE rule_suggestions.state END")
        .params(UUID.randomUUID(), user.value(), key, category.value(), example, OFFER_AT)
        .update();
  }

  public List<Suggestion> offered(UserId user, int most) {
    return jdbc.sql(
            "SELECT id, note_key, category_id, example, times FROM rule_suggestions"
                + " WHERE user_id = ? AND state = 'OFFERED' ORDER BY updated_at DESC, id LIMIT ?")
        .params(user.value(), most)
        .query(SuggestionRepository::map)
        .list();
  }

  public Optional<Suggestion> find(UserId user, UUID id) {
    return jdbc.sql(
            "SELECT id, note_key, category_id, example, times FROM rule_suggestions"
                + " WHERE user_id = ? AND id = ? AND state = 'OFFERED'")
        .params(user.value(), id)
        .query(SuggestionRepository::map)
        .optional();
  }

  /** Closes an offer for good: DISMISSED or ACCEPTED. Returns whether it was open. */
  public boolean close(UserId user, UUID id, String state) {
    return jdbc.sql(
                "UPDATE rule_suggestions SET state = ?, updated_at = now()"
                    + " WHERE user_id = ? AND id = ? AND state = 'OFFERED'")
            .params(state, user.value(), id)
            .update()
        == 1;
  }

  private static Suggestion map(ResultSet rs, int row) throws SQLException {
    String example = rs.getString("example");
    return new Suggestion(
        rs.getObject("id", UUID.class),
        rs.getString("note_key"),
        new CategoryId(rs.getObject("category_id", UUID.class)),
        example,
        rs.getInt("times"),
        NoteKeys.prefix(example, rs.getString("note_key")));
  }
}
