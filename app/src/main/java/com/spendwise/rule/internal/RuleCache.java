package com.spendwise.rule.internal;

import com.spendwise.user.UserId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Each user's rules, compiled, for as long as their stamp says they have not changed: a new
 * transaction then costs one small query instead of reading and compiling every rule. The stamp is
 * read from the database on each use, so a change made through another instance is seen at once.
 */
@Component
public class RuleCache {

  private static final int USERS = 2_000;

  private record Entry(String stamp, List<CompiledRule> rules) {}

  private final RuleSetRepository repository;
  private final Map<UserId, Entry> cache =
      new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<UserId, Entry> eldest) {
          return size() > USERS;
        }
      };

  RuleCache(RuleSetRepository repository) {
    this.repository = repository;
  }

  /** The user's active rules in the order they run. */
  public List<CompiledRule> active(UserId user) {
    String stamp = repository.stamp(user);
    synchronized (cache) {
      Entry cached = cache.get(user);
      if (cached != null && cached.stamp().equals(stamp)) {
        return cached.rules();
      }
    }
    List<CompiledRule> compiled =
        repository.all(user).stream().filter(r -> r.active()).map(CompiledRule::new).toList();
    synchronized (cache) {
      cache.put(user, new Entry(stamp, compiled));
    }
    return compiled;
  }
}
