package com.spendwise.tag.internal;

import com.spendwise.shared.Actors;
import com.spendwise.shared.KeysetPages;
import com.spendwise.shared.Page;
import com.spendwise.shared.PageRequest;
import com.spendwise.shared.PerUserLimit;
import com.spendwise.shared.SqlTimes;
import com.spendwise.tag.TagId;
import com.spendwise.tag.TagView;
import com.spendwise.user.UserId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for the tags table. Every statement names the owner. */
@Repository
public class TagRepository {

  private static final String COLUMNS =
      "id, name, version, created_at, updated_at, created_by, updated_by";

  private final JdbcClient jdbc;

  TagRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public TagView insert(UserId user, String name) {
    return jdbc.sql("INSERT INTO tags (user_id, name) VALUES (?, ?) RETURNING " + COLUMNS)
        .params(user.value(), name)
        .query(TagRepository::map)
        .single();
  }

  public Optional<TagView> find(UserId user, TagId id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM tags WHERE id = ? AND user_id = ?")
        .params(id.value(), user.value())
        .query(TagRepository::map)
        .optional();
  }

  public Optional<TagView> lock(UserId user, TagId id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM tags WHERE id = ? AND user_id = ? FOR UPDATE")
        .params(id.value(), user.value())
        .query(TagRepository::map)
        .optional();
  }

  public Set<TagId> owned(UserId user, Collection<TagId> ids) {
    return new HashSet<>(
        jdbc.sql("SELECT id FROM tags WHERE user_id = ? AND id = ANY(CAST(? AS uuid[]))")
            .params(
                user.value(),
                ids.stream().map(id -> id.value().toString()).distinct().toArray(String[]::new))
            .query((rs, n) -> new TagId(rs.getObject(1, UUID.class)))
            .list());
  }

  public Page<TagView> page(UserId user, PageRequest page) {
    return KeysetPages.byName(
        jdbc,
        "SELECT " + COLUMNS + " FROM tags WHERE user_id = ?",
        List.of(user.value()),
        page,
        TagRepository::map,
        TagView::name,
        t -> t.id().value());
  }

  public boolean nameTaken(UserId user, String name, TagId except) {
    return jdbc.sql(
            "SELECT EXISTS (SELECT 1 FROM tags WHERE user_id = ? AND lower(name) = lower(?)"
                + " AND id IS DISTINCT FROM ?)")
        .params(user.value(), name, except == null ? null : except.value())
        .query(Boolean.class)
        .single();
  }

  public TagView rename(UserId user, TagId id, String name) {
    return jdbc.sql(
            "UPDATE tags SET name = ?, version = version + 1, updated_at = now()"
                + " WHERE id = ? AND user_id = ? RETURNING "
                + COLUMNS)
        .params(name, id.value(), user.value())
        .query(TagRepository::map)
        .single();
  }

  public void delete(UserId user, TagId id) {
    jdbc.sql("DELETE FROM tags WHERE id = ? AND user_id = ?")
        .params(id.value(), user.value())
        .update();
  }

  private static TagView map(ResultSet rs, int row) throws SQLException {
    return new TagView(
        new TagId(rs.getObject("id", UUID.class)),
        rs.getString("name"),
        rs.getLong("version"),
        rs.getTimestamp("created_at").toInstant(),
        rs.getTimestamp("updated_at").toInstant(),
        Actors.of(rs));
  }

  /**
   * Inside the creating transaction: refuses a new one when the user has {@code limit} already (see
   * {@link PerUserLimit#checkRoom}).
   */
  public void checkRoom(UserId user, PerUserLimit limit) {
    limit.checkRoom(jdbc, user.value(), "SELECT count(*) FROM tags WHERE user_id = ?");
  }

  /** Removes every tag of the user (a restore replaces them). */
  public void deleteAll(UserId user) {
    jdbc.sql("DELETE FROM tags WHERE user_id = ?").param(user.value()).update();
  }

  /** A tag as a backup has it. */
  public void restore(UserId user, TagId id, TagView t) {
    jdbc.sql(
            "INSERT INTO tags (id, user_id, name, version, created_at, updated_at)"
                + " VALUES (?, ?, ?, ?, coalesce(CAST(? AS timestamptz), now()), coalesce(CAST(? AS timestamptz), now()))")
        .params(
            id.value(),
            user.value(),
            t.name(),
            t.version(),
            SqlTimes.orNull(t.createdAt()),
            SqlTimes.orNull(t.updatedAt()))
        .update();
  }
}
