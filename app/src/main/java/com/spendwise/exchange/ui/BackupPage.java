package com.spendwise.exchange.ui;

import com.spendwise.exchange.Backups;
import com.spendwise.exchange.Exports;
import com.spendwise.shared.Downloads;
import com.spendwise.shared.ui.PageController;
import com.spendwise.user.CurrentUser;
import com.spendwise.user.UserId;
import com.spendwise.user.UserService;
import java.time.Clock;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** The backup the profile page offers, signed in by the page's session. */
@PageController
class BackupPage {

  private final Backups backups;
  private final UserService users;
  private final Clock clock;

  BackupPage(Backups backups, UserService users, Clock clock) {
    this.backups = backups;
    this.users = users;
    this.clock = clock;
  }

  /** Everything of the user as one JSON file, the same document as GET /api/v1/backup. */
  @GetMapping("/profile/backup")
  ResponseEntity<StreamingResponseBody> backup(@CurrentUser UserId user) {
    Exports.Body body = backups.backup(user);
    return Downloads.file(
        "backup", users.get(user).today(clock), "json", MediaType.APPLICATION_JSON, body::writeTo);
  }
}
