package com.spendwise.auth.internal;

import com.spendwise.auth.WebSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * The web sessions of an account, found through Spring Session's index of sessions by principal
 * (the account's subject). A session is named by a digest of its id, never by the id itself.
 */
@Component
public class WebSessions {

  /** The session attribute that says where and on what the session was signed in. */
  static final String SIGNED_IN_FROM = "spendwise.signedInFrom";

  private final FindByIndexNameSessionRepository<? extends Session> sessions;
  private final JdbcClient jdbc;

  WebSessions(FindByIndexNameSessionRepository<? extends Session> sessions, JdbcClient jdbc) {
    this.sessions = sessions;
    this.jdbc = jdbc;
  }

  /** The account's sessions, the current one first, then by last use. */
  public List<WebSession> of(UUID subject, String currentSessionId) {
    Map<String, ? extends Session> found = sessions.findByPrincipalName(subject.toString());
    return found.values().stream()
        .filter(session -> !session.isExpired())
        .map(
            session -> {
              String from = session.getAttribute(SIGNED_IN_FROM);
              String[] parts = from == null ? new String[0] : from.split("\n", 2);
              return new WebSession(
                  handle(session.getId()),
                  parts.length > 0 ? parts[0] : Requester.UNKNOWN.device(),
                  parts.length > 1 ? parts[1] : Requester.UNKNOWN.address(),
                  session.getCreationTime(),
                  session.getLastAccessedTime(),
                  session.getId().equals(currentSessionId));
            })
        .sorted(
            Comparator.comparing(WebSession::current)
                .reversed()
                .thenComparing(WebSession::lastSeen, Comparator.reverseOrder()))
        .toList();
  }

  /** Ends one session of the account; false when it has none by that handle. */
  public boolean end(UUID subject, String handle) {
    for (String id : sessions.findByPrincipalName(subject.toString()).keySet()) {
      if (handle(id).equals(handle)) {
        sessions.deleteById(id);
        return true;
      }
    }
    return false;
  }

  /**
   * Ends every session of the account but {@code keep} (null: all of them), in the caller's
   * transaction.
   */
  public int endAllBut(UUID subject, String keep) {
    return jdbc.sql(
            "DELETE FROM spring_session WHERE principal_name = ? AND session_id IS DISTINCT FROM ?")
        .params(subject.toString(), keep)
        .update();
  }

  static String describe(Requester from) {
    return from.device() + "\n" + from.address();
  }

  /** The name a page and the API give a session: a digest of its id. */
  public static String handle(String sessionId) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(sessionId.getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 22);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
