package com.spendwise.exchange.internal;

import com.spendwise.exchange.ImportMapping;
import com.spendwise.exchange.SavedMapping;
import com.spendwise.shared.KeysetPages;
import com.spendwise.shared.Page;
import com.spendwise.shared.PageRequest;
import com.spendwise.shared.PerUserLimit;
import com.spendwise.user.UserId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** SQL for import_mappings; the mapping is stored as JSON. */
@Repository
public class MappingRepository {

  private static final String COLUMNS =
      "id, name, mapping::text AS mapping, version, created_at, updated_at";

  private final JdbcClient jdbc;
  private final JsonMapper json = JsonMapper.builder().build();

  MappingRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Empty when the user already has a mapping of this name (names ignore case). */
  public Optional<SavedMapping> insert(UserId user, String name, ImportMapping mapping) {
    return jdbc.sql(
            "INSERT INTO import_mappings (user_id, name, mapping) VALUES (?, ?, CAST(? AS jsonb))"
                + " ON CONFLICT DO NOTHING RETURNING "
                + COLUMNS)
        .params(user.value(), name, json.writeValueAsString(mapping))
        .query(this::map)
        .optional();
  }

  public Optional<SavedMapping> find(UserId user, UUID id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM import_mappings WHERE id = ? AND user_id = ?")
        .params(id, user.value())
        .query(this::map)
        .optional();
  }

  public Page<SavedMapping> page(UserId user, PageRequest page) {
    return KeysetPages.byName(
        jdbc,
        "SELECT " + COLUMNS + " FROM import_mappings WHERE user_id = ?",
        List.of(user.value()),
        page,
        this::map,
        SavedMapping::name,
        SavedMapping::id);
  }

  public boolean delete(UserId user, UUID id) {
    return jdbc.sql("DELETE FROM import_mappings WHERE id = ? AND user_id = ?")
            .params(id, user.value())
            .update()
        == 1;
  }

  private SavedMapping map(ResultSet rs, int row) throws SQLException {
    return new SavedMapping(
        rs.getObject("id", UUID.class),
        rs.getString("name"),
        json.readValue(rs.getString("mapping"), ImportMapping.class),
        rs.getLong("version"),
        rs.getTimestamp("created_at").toInstant(),
        rs.getTimestamp("updated_at").toInstant());
  }

  /** Inside the saving transaction: refuses a new one when the user has {@code limit} already. */
  public void checkRoom(UserId user, PerUserLimit limit) {
    limit.checkRoom(jdbc, user.value(), "SELECT count(*) FROM import_mappings WHERE user_id = ?");
  }
}
