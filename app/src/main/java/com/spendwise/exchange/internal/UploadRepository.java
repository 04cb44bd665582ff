package com.spendwise.exchange.internal;

import com.spendwise.exchange.Upload;
import com.spendwise.user.UserId;
import com.spendwise.wallet.WalletId;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for import_uploads. */
@Repository
public class UploadRepository {

  private final JdbcClient jdbc;

  UploadRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Keeps a statement; uploads older than a day, anyone's, go at the same time. */
  public UUID save(UserId user, WalletId wallet, String format, String fileName, byte[] content) {
    jdbc.sql("DELETE FROM import_uploads WHERE created_at < now() - interval '1 day'").update();
    return jdbc.sql(
            "INSERT INTO import_uploads (user_id, wallet_id, format, file_name, content)"
                + " VALUES (?, ?, ?, ?, ?) RETURNING id")
        .params(user.value(), wallet.value(), format, fileName, content)
        .query(UUID.class)
        .single();
  }

  public Optional<Upload> find(UserId user, UUID id) {
    return jdbc.sql(
            "SELECT id, wallet_id, format, file_name, content FROM import_uploads"
                + " WHERE id = ? AND user_id = ?")
        .params(id, user.value())
        .query(
            (rs, n) ->
                new Upload(
                    rs.getObject("id", UUID.class),
                    new WalletId(rs.getObject("wallet_id", UUID.class)),
                    rs.getString("format"),
                    rs.getString("file_name"),
                    rs.getBytes("content")))
        .optional();
  }

  public void delete(UserId user, UUID id) {
    jdbc.sql("DELETE FROM import_uploads WHERE id = ? AND user_id = ?")
        .params(id, user.value())
        .update();
  }
}
