package com.spendwise.user;

import com.spendwise.shared.FieldProblem;
import com.spendwise.shared.ProblemException;
import com.spendwise.shared.Transactions;
import com.spendwise.shared.Versions;
import com.spendwise.user.internal.UserRepository;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/** Users: provisioned from their token's subject on first request, then their profile. */
@Service
public class UserService {

  private static final int MAX_KNOWN_USERS = 100_000;

  private final UserRepository users;
  private final String defaultCurrency;
  private final String defaultTimeZone;
  private final ApplicationEventPublisher events;
  private final Transactions transactions;
  private final ObjectProvider<AccountDirectory> directory;
  private final Map<SubjectKey, UserId> knownUsers = new ConcurrentHashMap<>();

  UserService(
      UserRepository users,
      ApplicationEventPublisher events,
      Transactions transactions,
      ObjectProvider<AccountDirectory> directory,
      @Value("${spendwise.users.default-currency}") String defaultCurrency,
      @Value("${spendwise.users.default-time-zone}") String defaultTimeZone) {
    this.users = users;
    this.events = events;
    this.transactions = transactions;
    this.directory = directory;
    this.defaultCurrency = defaultCurrency;
    this.defaultTimeZone = defaultTimeZone;
  }

  /**
   * The id of a token's user, provisioning it on first sight. Remembered per (subject, email) so
   * that an ordinary request does not pay a database round trip to learn who it is: a user's id
   * never changes, and a token with another email takes the provisioning path again. A user
   * provisioned now gets their starting data in {@code language} ("en" or "vi").
   */
  public UserId idOf(String subject, String email, String language) {
    SubjectKey key = new SubjectKey(subject, email);
    UserId known = knownUsers.get(key);
    if (known != null) {
      return known;
    }
    UserId id = transactions.write(() -> provision(subject, email, language)).id();
    if (knownUsers.size() >= MAX_KNOWN_USERS) {
      knownUsers.clear();
    }
    knownUsers.put(key, id);
    return id;
  }

  private record SubjectKey(String subject, String email) {}

  /**
   * The user of a token subject, created on first sight, with their starting data, in the caller's
   * transaction. Safe when two first requests race: the insert yields to the row the other one
   * committed.
   */
  private UserProfile provision(String subject, String email, String language) {
    Optional<UserProfile> existing = users.findBySubject(subject);
    if (existing.isPresent()) {
      UserProfile user = existing.get();
      if (email != null && !email.equalsIgnoreCase(String.valueOf(user.email()))) {
        return users.updateEmail(user.id(), email).orElseThrow(() -> emailInUse());
      }
      return user;
    }
    if (directory.stream().anyMatch(accounts -> !accounts.exists(subject))) {
      throw new AuthenticationCredentialsNotFoundException("The account was deleted");
    }
    Optional<UserProfile> created =
        users.insertIfAbsent(subject, email, defaultCurrency, defaultTimeZone);
    created.ifPresent(user -> events.publishEvent(new UserProvisioned(user.id(), language)));
    return created.or(() -> users.findBySubject(subject)).orElseThrow(() -> emailInUse());
  }

  /**
   * Deletes the user of a token subject with everything they keep: every table that holds a user's
   * rows refers to users with ON DELETE CASCADE, so one statement removes them all, in the caller's
   * transaction. The id is forgotten here; other instances learn it when their next lookup fails.
   */
  @Transactional
  public void deleteAccount(String subject) {
    users
        .findBySubject(subject)
        .ifPresent(user -> events.publishEvent(new AccountDeleting(user.id())));
    users.deleteBySubject(subject);
    knownUsers.keySet().removeIf(key -> key.subject().equals(subject));
  }

  /**
   * The user's profile. A web request asks for it many times (its language, its time zone, each
   * service's "today"): it is read once per request and kept on the request, which only {@link
   * #update} (in the same request) changes. Inside a writing transaction it is always read, so that
   * a change that is rolled back is never remembered.
   */
  @Transactional(readOnly = true)
  public UserProfile get(UserId id) {
    RequestAttributes request =
        TransactionSynchronizationManager.isCurrentTransactionReadOnly()
            ? RequestContextHolder.getRequestAttributes()
            : null;
    String key = PROFILE + id.value();
    if (request != null
        && request.getAttribute(key, RequestAttributes.SCOPE_REQUEST)
            instanceof UserProfile known) {
      return known;
    }
    UserProfile profile =
        users.findById(id).orElseThrow(() -> ProblemException.notFound("The user"));
    if (request != null) {
      request.setAttribute(key, profile, RequestAttributes.SCOPE_REQUEST);
    }
    return profile;
  }

  private static final String PROFILE = UserService.class.getName() + ".profile.";

  static void forget(UserId id) {
    RequestAttributes request = RequestContextHolder.getRequestAttributes();
    if (request != null) {
      request.removeAttribute(PROFILE + id.value(), RequestAttributes.SCOPE_REQUEST);
    }
  }

  /**
   * Locks the user's row until the caller's transaction ends. Every insert of the user's data takes
   * a key-share lock on it (its foreign key), so nothing can be recorded for the user meanwhile (a
   * restore holds it), and the lock waits for whatever is being recorded.
   */
  @Transactional
  public void lock(UserId id) {
    users.lock(id);
  }

  @Transactional
  public UserProfile update(UserId id, ProfileChanges changes, Long expectedVersion) {
    forget(id);
    validate(changes);
    UserProfile current = users.lock(id).orElseThrow(() -> ProblemException.notFound("The user"));
    Versions.check(expectedVersion, current.version());
    UserProfile changed =
        new UserProfile(
            current.id(),
            current.email(),
            changes.displayName() == null || users.isLedger(id)
                ? current.displayName()
                : changes.displayName().map(String::strip).orElse(null),
            changes.defaultCurrency() == null
                ? current.defaultCurrency()
                : changes.defaultCurrency().get(),
            changes.timeZone() == null ? current.timeZone() : changes.timeZone().get(),
            changes.language() == null ? current.language() : changes.language().orElse(null),
            changes.suggestRules() == null
                ? current.suggestRules()
                : changes.suggestRules().orElse(current.suggestRules()),
            current.version(),
            current.createdAt(),
            current.updatedAt());
    if (changed.equals(current)) {
      return current;
    }
    UserProfile updated = users.update(changed);
    forget(id);
    if (updated.language() != null && !updated.language().equals(current.language())) {
      events.publishEvent(new LanguageChanged(id, updated.language()));
    }
    return updated;
  }

  private void validate(ProfileChanges changes) {
    List<FieldProblem> problems = new ArrayList<>();
    if (changes.displayName() != null && changes.displayName().isPresent()) {
      String name = changes.displayName().get().strip();
      if (name.isEmpty() || name.length() > 100) {
        problems.add(
            new FieldProblem("displayName", "size", "Must be 1 to 100 characters, or null."));
      }
    }
    if (changes.defaultCurrency() != null && !isCurrency(changes.defaultCurrency())) {
      problems.add(
          new FieldProblem(
              "defaultCurrency", "unknown-currency", "Must be an ISO 4217 code such as VND."));
    }
    if (changes.timeZone() != null && !isTimeZone(changes.timeZone())) {
      problems.add(
          new FieldProblem(
              "timeZone",
              "unknown-time-zone",
              "Must be an IANA time zone such as Asia/Ho_Chi_Minh."));
    }
    if (changes.language() != null
        && changes.language().isPresent()
        && !ProfileChanges.LANGUAGES.contains(changes.language().get())) {
      problems.add(
          new FieldProblem(
              "language", "unknown-language", "Must be en or vi, or null to follow the browser."));
    }
    if (!problems.isEmpty()) {
      throw ProblemException.invalidFields(problems);
    }
  }

  private static boolean isCurrency(Optional<String> code) {
    if (code.isEmpty() || !code.get().matches("[A-Z]{3}")) {
      return false;
    }
    try {
      Currency.getInstance(code.get());
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /**
   * Java and PostgreSQL must both know the zone: "today" is computed in Java for requests and in
   * SQL for the scheduler, and their time zone databases are released separately.
   */
  private boolean isTimeZone(Optional<String> zone) {
    return zone.isPresent()
        && ZoneId.getAvailableZoneIds().contains(zone.get())
        && users.databaseKnowsTimeZone(zone.get());
  }

  private static ProblemException emailInUse() {
    return ProblemException.conflict(
        "email-in-use", "Another account already uses the email address in this token.");
  }
}
