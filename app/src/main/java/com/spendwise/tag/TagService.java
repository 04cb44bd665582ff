package com.spendwise.tag;

import com.spendwise.shared.Page;
import com.spendwise.shared.PageRequest;
import com.spendwise.shared.PerUserLimit;
import com.spendwise.shared.ProblemException;
import com.spendwise.shared.Transactions;
import com.spendwise.shared.Versions;
import com.spendwise.tag.internal.TagRepository;
import com.spendwise.user.UserId;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Free-form labels on transactions; names are unique per user, ignoring case. */
@Service
public class TagService {

  /** How many tags one user may have; the API refuses one more with 422 limit-reached. */
  public static final PerUserLimit LIMIT = new PerUserLimit("tags", 1000);

  private final TagRepository tags;
  private final Transactions transactions;

  TagService(TagRepository tags, Transactions transactions) {
    this.tags = tags;
    this.transactions = transactions;
  }

  public TagView create(UserId user, String name) {
    String clean = validName(name);
    return transactions.write(
        () -> {
          ensureNameFree(user, clean, null);
          tags.checkRoom(user, LIMIT);
          return tags.insert(user, clean);
        });
  }

  @Transactional(readOnly = true)
  public TagView get(UserId user, TagId id) {
    return tags.find(user, id).orElseThrow(TagService::notFound);
  }

  /** Which of {@code ids} are the user's tags. */
  @Transactional(readOnly = true)
  public Set<TagId> owned(UserId user, Collection<TagId> ids) {
    return tags.owned(user, ids);
  }

  @Transactional(readOnly = true)
  public Page<TagView> list(UserId user, PageRequest page) {
    return tags.page(user, page);
  }

  /** All the user's tags (at most {@link #LIMIT}), by name: for choosing some. */
  @Transactional(readOnly = true)
  public List<TagView> all(UserId user) {
    return LIMIT.all(page -> tags.page(user, page));
  }

  public TagView rename(UserId user, TagId id, String name, Long expectedVersion) {
    String clean = validName(name);
    return transactions.write(
        () -> {
          TagView current = tags.lock(user, id).orElseThrow(TagService::notFound);
          Versions.check(expectedVersion, current.version());
          ensureNameFree(user, clean, id);
          return tags.rename(user, id, clean);
        });
  }

  /** Deletes a tag; it simply disappears from the transactions that carried it. */
  public void delete(UserId user, TagId id, Long expectedVersion) {
    transactions.write(
        () -> {
          TagView current = tags.lock(user, id).orElseThrow(TagService::notFound);
          Versions.check(expectedVersion, current.version());
          tags.delete(user, id);
          return null;
        });
  }

  private void ensureNameFree(UserId user, String name, TagId self) {
    if (tags.nameTaken(user, name, self)) {
      throw ProblemException.conflict(
          "name-taken", "You already have a tag with this name (names ignore case).");
    }
  }

  private static String validName(String name) {
    if (name == null || name.isBlank() || name.strip().length() > 50) {
      throw ProblemException.invalidField("name", "size", "Must be 1 to 50 characters.");
    }
    return name.strip();
  }

  static ProblemException notFound() {
    return ProblemException.notFound("The tag");
  }

  // What a restore of a backup writes (for the exchange module): rows as the backup has them,
  // under the ids the restore chose, without the reactions of a create.

  /** Removes the user's tags, which a restore replaces. */
  public void removeAllForRestore(UserId user) {
    tags.deleteAll(user);
  }

  public void restore(UserId user, TagId id, TagView tag) {
    tags.restore(user, id, tag);
  }
}
