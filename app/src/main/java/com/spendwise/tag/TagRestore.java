package com.spendwise.tag;

import com.spendwise.tag.internal.TagRepository;
import com.spendwise.user.UserId;
import org.springframework.stereotype.Service;

/**
 * A backup's tags going back in (for the exchange module's restore): as the backup has them, under
 * the ids the restore chose. No events.
 */
@Service
public class TagRestore {

  private final TagRepository tags;

  TagRestore(TagRepository tags) {
    this.tags = tags;
  }

  /** Removes the user's tags, which a restore replaces. */
  public void removeAll(UserId user) {
    tags.deleteAll(user);
  }

  public void restore(UserId user, TagId id, TagView tag) {
    tags.restore(user, id, tag);
  }
}
