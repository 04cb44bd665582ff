package com.spendwise.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * How many of one kind (wallets, categories, …) one user may have: enough for any household, and
 * small enough that a page may show all of them at once (a dropdown of wallets, every budget on the
 * dashboard). The API refuses the one above with 422 {@code limit-reached}.
 */
public record PerUserLimit(String kind, int max) {

  /**
   * Inside the creating database transaction: waits for any other create of this kind by {@code
   * user} to finish (a transaction-scoped advisory lock, so two concurrent creates at max - 1
   * cannot both pass), then refuses when {@code countSql} (the owner's count of the user's rows,
   * its one parameter the user's id) is already at the limit.
   */
  public void checkRoom(JdbcClient jdbc, UUID user, String countSql) {
    // The lock's two keys: the kind, and the user; a collision of hashes only serialises more.
    jdbc.sql("SELECT pg_advisory_xact_lock(hashtext(?), hashtext(?))")
        .params(kind, user.toString())
        .query()
        .listOfRows();
    if (jdbc.sql(countSql).param(user).query(Long.class).single() >= max) {
      throw new ProblemException(
          HttpStatus.UNPROCESSABLE_CONTENT,
          "limit-reached",
          "You have "
              + max
              + " "
              + kind
              + ", the most one account may have. Delete one you no longer need first.");
    }
  }

  /**
   * Every item of a keyset-paged list. Within the limit that is one statement; a user who holds
   * more (from before the limit existed) still gets all of them, a page of {@code max} at a time.
   */
  public <T> List<T> all(Function<PageRequest, Page<T>> pages) {
    List<T> all = new ArrayList<>();
    String cursor = null;
    do {
      Page<T> page = pages.apply(new PageRequest(max, cursor));
      all.addAll(page.items());
      cursor = page.nextCursor();
    } while (cursor != null);
    return all;
  }
}
