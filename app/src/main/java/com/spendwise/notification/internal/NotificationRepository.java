package com.spendwise.notification.internal;

import com.spendwise.notification.Notification;
import com.spendwise.notification.NotificationDraft;
import com.spendwise.notification.NotificationType;
import com.spendwise.notification.Subject;
import com.spendwise.shared.KeysetPages;
import com.spendwise.shared.Page;
import com.spendwise.shared.PageRequest;
import com.spendwise.shared.SqlTimes;
import com.spendwise.user.UserId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** SQL for the notifications table. Every statement names the owner. */
@Repository
public class NotificationRepository {

  private static final String COLUMNS =
      "id, type, message, subject_type, subject_id, is_read, created_at, updated_at, data,"
          + " ledger_id";
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final TypeReference<Map<String, String>> DATA = new TypeReference<>() {};

  private final JdbcClient jdbc;

  NotificationRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** One multi-row insert however many there are. */
  public void insert(List<NotificationDraft> drafts) {
    int size = drafts.size();
    String[] users = new String[size];
    String[] types = new String[size];
    String[] messages = new String[size];
    String[] subjectTypes = new String[size];
    String[] subjectIds = new String[size];
    String[] data = new String[size];
    String[] ledgers = new String[size];
    for (int i = 0; i < size; i++) {
      NotificationDraft draft = drafts.get(i);
      users[i] = draft.user().value().toString();
      types[i] = draft.type().name();
      messages[i] = draft.message();
      subjectTypes[i] = draft.subject() == null ? null : draft.subject().kind().name();
      subjectIds[i] = draft.subject() == null ? null : draft.subject().id().toString();
      data[i] = json(draft.data());
      ledgers[i] = draft.ledger() == null ? null : draft.ledger().value().toString();
    }
    // Notifications of one transaction would share now(); a microsecond apart per row, they list
    // in the order they were sent.
    jdbc.sql(
            "INSERT INTO notifications (user_id, type, message, subject_type, subject_id, data,"
                + " ledger_id, created_at, updated_at)"
                + " SELECT user_id, type, message, subject_type, subject_id, CAST(data AS jsonb),"
                + " ledger_id, now() + n * interval '1 microsecond',"
                + " now() + n * interval '1 microsecond'"
                + " FROM unnest(CAST(? AS uuid[]), CAST(? AS text[]), CAST(? AS text[]),"
                + " CAST(? AS text[]), CAST(? AS uuid[]), CAST(? AS text[]), CAST(? AS uuid[]))"
                + " WITH ORDINALITY"
                + " AS x(user_id, type, message, subject_type, subject_id, data, ledger_id, n)")
        .params(users, types, messages, subjectTypes, subjectIds, data, ledgers)
        .update();
  }

  public Page<Notification> page(UserId user, boolean unreadOnly, PageRequest page) {
    return KeysetPages.newestFirst(
        jdbc,
        "SELECT "
            + COLUMNS
            + " FROM notifications WHERE user_id = ?"
            + (unreadOnly ? " AND NOT is_read" : ""),
        List.of(user.value()),
        page,
        NotificationRepository::map,
        Notification::createdAt,
        Notification::id);
  }

  public long unreadCount(UserId user) {
    return jdbc.sql("SELECT count(*) FROM notifications WHERE user_id = ? AND NOT is_read")
        .param(user.value())
        .query(Long.class)
        .single();
  }

  public Optional<Notification> markRead(UserId user, UUID id) {
    return jdbc.sql(
            "UPDATE notifications SET is_read = TRUE,"
                + " updated_at = CASE WHEN is_read THEN updated_at ELSE now() END"
                + " WHERE id = ? AND user_id = ? RETURNING "
                + COLUMNS)
        .params(id, user.value())
        .query(NotificationRepository::map)
        .optional();
  }

  public int markAllRead(UserId user) {
    return jdbc.sql(
            "UPDATE notifications SET is_read = TRUE, updated_at = now()"
                + " WHERE user_id = ? AND NOT is_read")
        .param(user.value())
        .update();
  }

  public boolean delete(UserId user, UUID id) {
    return jdbc.sql("DELETE FROM notifications WHERE id = ? AND user_id = ?")
            .params(id, user.value())
            .update()
        == 1;
  }

  private static Notification map(ResultSet rs, int row) throws SQLException {
    String subjectType = rs.getString("subject_type");
    return new Notification(
        rs.getObject("id", UUID.class),
        NotificationType.valueOf(rs.getString("type")),
        rs.getString("message"),
        subjectType == null
            ? null
            : new Subject(
                Subject.Kind.valueOf(subjectType), rs.getObject("subject_id", UUID.class)),
        rs.getBoolean("is_read"),
        rs.getTimestamp("created_at").toInstant(),
        rs.getTimestamp("updated_at").toInstant(),
        data(rs.getString("data")),
        rs.getObject("ledger_id") == null
            ? null
            : new UserId(rs.getObject("ledger_id", UUID.class)));
  }

  private static String json(Map<String, String> data) {
    return data.isEmpty() ? null : JSON.writeValueAsString(data);
  }

  private static Map<String, String> data(String json) {
    return json == null ? Map.of() : JSON.readValue(json, DATA);
  }

  /** Removes every notification of the user (a restore replaces them). */
  public void deleteAll(UserId user) {
    jdbc.sql("DELETE FROM notifications WHERE user_id = ?").param(user.value()).update();
  }

  /**
   * A notification as a backup has it, pointing to {@code subject} (its new id), under a new id.
   */
  public void restore(UserId user, Notification n, UUID subject) {
    jdbc.sql(
            "INSERT INTO notifications (user_id, type, message, is_read, subject_type, subject_id,"
                + " data, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, CAST(? AS jsonb), coalesce(CAST(? AS timestamptz), now()), coalesce(CAST(? AS timestamptz), now()))")
        .params(
            user.value(),
            n.type().name(),
            n.message(),
            n.read(),
            n.subject() == null ? null : n.subject().kind().name(),
            subject,
            json(n.data() == null ? Map.of() : n.data()),
            SqlTimes.orNull(n.createdAt()),
            SqlTimes.orNull(n.updatedAt()))
        .update();
  }
}
