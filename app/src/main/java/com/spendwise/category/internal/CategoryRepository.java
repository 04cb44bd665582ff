package com.spendwise.category.internal;

import com.spendwise.category.Category;
import com.spendwise.category.CategoryDraft;
import com.spendwise.category.CategoryId;
import com.spendwise.category.CategoryType;
import com.spendwise.shared.Actors;
import com.spendwise.shared.KeysetPages;
import com.spendwise.shared.Page;
import com.spendwise.shared.PageRequest;
import com.spendwise.shared.PerUserLimit;
import com.spendwise.shared.SqlTimes;
import com.spendwise.user.UserId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for the categories table. Every statement names the owner. */
@Repository
public class CategoryRepository {

  private static final String COLUMNS =
      "id, name, type, icon, color, version, created_at, updated_at, created_by, updated_by";

  private final JdbcClient jdbc;

  CategoryRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Category insert(UserId user, String name, CategoryType type, String icon, String color) {
    return jdbc.sql(
            "INSERT INTO categories (user_id, name, type, icon, color) VALUES (?, ?, ?, ?, ?)"
                + " RETURNING "
                + COLUMNS)
        .params(user.value(), name, type.name(), icon, color)
        .query(CategoryRepository::map)
        .single();
  }

  public void insertAll(UserId user, List<CategoryDraft> drafts) {
    jdbc.sql(
            "INSERT INTO categories (user_id, name, type, icon, color)"
                + " SELECT ?, * FROM unnest(CAST(? AS text[]), CAST(? AS text[]),"
                + " CAST(? AS text[]), CAST(? AS text[]))")
        .params(
            user.value(),
            drafts.stream().map(CategoryDraft::name).toArray(String[]::new),
            drafts.stream().map(d -> d.type().name()).toArray(String[]::new),
            drafts.stream().map(CategoryDraft::icon).toArray(String[]::new),
            drafts.stream().map(CategoryDraft::color).toArray(String[]::new))
        .update();
  }

  public Optional<Category> find(UserId user, CategoryId id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM categories WHERE id = ? AND user_id = ?")
        .params(id.value(), user.value())
        .query(CategoryRepository::map)
        .optional();
  }

  public Map<CategoryId, Category> findAll(UserId user, Collection<CategoryId> ids) {
    Map<CategoryId, Category> found = new HashMap<>();
    jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM categories WHERE user_id = ? AND id = ANY(CAST(? AS uuid[]))")
        .params(
            user.value(),
            ids.stream().map(id -> id.value().toString()).distinct().toArray(String[]::new))
        .query(CategoryRepository::map)
        .list()
        .forEach(category -> found.put(category.id(), category));
    return found;
  }

  public Optional<Category> lock(UserId user, CategoryId id) {
    return jdbc.sql(
            "SELECT " + COLUMNS + " FROM categories WHERE id = ? AND user_id = ? FOR UPDATE")
        .params(id.value(), user.value())
        .query(CategoryRepository::map)
        .optional();
  }

  /** Ordered by name, then id; optionally one type only. */
  public Page<Category> page(UserId user, CategoryType type, PageRequest page) {
    String select = "SELECT " + COLUMNS + " FROM categories WHERE user_id = ?";
    List<Object> params = new ArrayList<>(List.of(user.value()));
    if (type != null) {
      select += " AND type = ?";
      params.add(type.name());
    }
    return KeysetPages.byName(
        jdbc, select, params, page, CategoryRepository::map, Category::name, c -> c.id().value());
  }

  public boolean nameTaken(UserId user, CategoryType type, String name, CategoryId except) {
    return jdbc.sql(
            "SELECT EXISTS (SELECT 1 FROM categories WHERE user_id = ? AND type = ?"
                + " AND lower(name) = lower(?) AND id IS DISTINCT FROM ?)")
        .params(user.value(), type.name(), name, except == null ? null : except.value())
        .query(Boolean.class)
        .single();
  }

  /**
   * Renames the user's category of {@code type} still named one of {@code untouched} to {@code
   * name}, unless another of that type already has that name.
   */
  public void renameUntouched(UserId user, CategoryType type, List<String> untouched, String name) {
    jdbc.sql(
            "UPDATE categories SET name = :name, version = version + 1, updated_at = now()"
                + " WHERE user_id = :user AND type = :type AND name IN (:untouched)"
                + " AND name <> :name AND NOT EXISTS (SELECT 1 FROM categories other"
                + " WHERE other.user_id = :user AND other.type = :type"
                + " AND lower(other.name) = lower(:name))")
        .param("name", name)
        .param("user", user.value())
        .param("type", type.name())
        .param("untouched", untouched)
        .update();
  }

  public Category update(
      UserId user, CategoryId id, String name, CategoryType type, String icon, String color) {
    return jdbc.sql(
            "UPDATE categories SET name = ?, type = ?, icon = ?, color = ?,"
                + " version = version + 1, updated_at = now() WHERE id = ? AND user_id = ?"
                + " RETURNING "
                + COLUMNS)
        .params(name, type.name(), icon, color, id.value(), user.value())
        .query(CategoryRepository::map)
        .single();
  }

  public void delete(UserId user, CategoryId id) {
    jdbc.sql("DELETE FROM categories WHERE id = ? AND user_id = ?")
        .params(id.value(), user.value())
        .update();
  }

  private static Category map(ResultSet rs, int row) throws SQLException {
    return new Category(
        new CategoryId(rs.getObject("id", UUID.class)),
        rs.getString("name"),
        CategoryType.valueOf(rs.getString("type")),
        rs.getString("icon"),
        rs.getString("color"),
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
    limit.checkRoom(jdbc, user.value(), "SELECT count(*) FROM categories WHERE user_id = ?");
  }

  /** Removes every category of the user (a restore replaces them; none is in use). */
  public void deleteAll(UserId user) {
    jdbc.sql("DELETE FROM categories WHERE user_id = ?").param(user.value()).update();
  }

  /** A category as a backup has it. */
  public void restore(UserId user, CategoryId id, Category c) {
    jdbc.sql(
            "INSERT INTO categories (id, user_id, name, type, icon, color, version, created_at,"
                + " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, coalesce(CAST(? AS timestamptz), now()), coalesce(CAST(? AS timestamptz), now()))")
        .params(
            id.value(),
            user.value(),
            c.name(),
            c.type().name(),
            c.icon(),
            c.color(),
            c.version(),
            SqlTimes.orNull(c.createdAt()),
            SqlTimes.orNull(c.updatedAt()))
        .update();
  }
}
