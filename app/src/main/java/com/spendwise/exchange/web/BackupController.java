package com.spendwise.exchange.web;

import com.spendwise.exchange.Backups;
import com.spendwise.exchange.Exports;
import com.spendwise.shared.Downloads;
import com.spendwise.user.CurrentUser;
import com.spendwise.user.UserId;
import com.spendwise.user.UserService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

@RestController
@Tag(name = "Import and export", description = "Your data in and out")
class BackupController {

  static final String PATH = "/api/v1/backup";

  private final Backups backups;
  private final UserService users;
  private final Clock clock;

  BackupController(Backups backups, UserService users, Clock clock) {
    this.backups = backups;
    this.users = users;
    this.clock = clock;
  }

  @GetMapping(path = PATH)
  @Operation(
      summary = "Everything of yours as one JSON document (streamed; see docs/backup-format.md)",
      description =
          "Profile, wallets, categories, tags, exchange rates, budgets, goals, recurring"
              + " transactions, notifications and transactions, read as one consistent snapshot.")
  ResponseEntity<StreamingResponseBody> backup(@CurrentUser UserId user) {
    Exports.Body body = backups.backup(user);
    return Downloads.file(
        "backup", users.get(user).today(clock), "json", MediaType.APPLICATION_JSON, body::writeTo);
  }
}
