package com.spendwise.exchange.internal;

import com.spendwise.exchange.Backups;
import com.spendwise.shared.FieldProblem;
import com.spendwise.shared.ProblemException;
import com.spendwise.user.ProfileChanges;
import com.spendwise.user.UserId;
import com.spendwise.user.UserService;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.json.JsonMapper;

/** A restore's refusals, and its profile section, which goes through the profile's own rules. */
public final class RestoreProblems {

  private RestoreProblems() {}

  /** The profile part of a backup: what a restore applies (the email stays the account's). */
  record Profile(String displayName, String defaultCurrency, String timeZone, String language) {}

  /** The whole backup refused (422 invalid-backup), each problem named by its place in the file. */
  public static ProblemException invalid(List<FieldProblem> problems) {
    return ProblemException.withFields(
        HttpStatus.UNPROCESSABLE_CONTENT,
        "invalid-backup",
        "The backup cannot be restored as it is; nothing was restored.",
        problems);
  }

  /** Refuses a document whose format and version, read so far, are not a backup's. */
  static void requireFormat(String format, Integer version) {
    if (!Backups.FORMAT.equals(format) || !Backups.READABLE.contains(version)) {
      throw notABackup();
    }
  }

  static ProblemException notABackup() {
    return invalid(
        List.of(
            new FieldProblem(
                "format",
                "not-a-backup",
                "Must start with \"format\": \""
                    + Backups.FORMAT
                    + "\" and \"version\": "
                    + Backups.VERSION
                    + ".")));
  }

  /** The profile's settings, through the same rules as a change of profile. */
  static void profile(UserService users, UserId user, JsonParser parser, JsonMapper json) {
    Profile profile = json.readValue(parser, Profile.class);
    if (profile == null) {
      return;
    }
    try {
      users.update(
          user,
          new ProfileChanges(
              Optional.ofNullable(profile.displayName()),
              profile.defaultCurrency() == null ? null : Optional.of(profile.defaultCurrency()),
              profile.timeZone() == null ? null : Optional.of(profile.timeZone()),
              Optional.ofNullable(profile.language()),
              null),
          null);
    } catch (ProblemException e) {
      throw invalid(
          e.fieldProblems().stream()
              .map(p -> new FieldProblem("profile." + p.field(), p.code(), p.message()))
              .toList());
    }
  }
}
