package com.spendwise.exchange.web;

import com.spendwise.exchange.Backups;
import com.spendwise.exchange.Exports;
import com.spendwise.exchange.Restores;
import com.spendwise.shared.Downloads;
import com.spendwise.user.CurrentUser;
import com.spendwise.user.UserId;
import com.spendwise.user.UserService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.InputStream;
import java.time.Clock;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

@RestController
@Tag(name = "Import and export", description = "Your data in and out")
class BackupController {

  static final String PATH = "/api/v1/backup";
  static final String RESTORE = PATH + "/restore";

  private final Backups backups;
  private final Restores restores;
  private final UserService users;
  private final Clock clock;

  BackupController(Backups backups, Restores restores, UserService users, Clock clock) {
    this.backups = backups;
    this.restores = restores;
    this.users = users;
    this.clock = clock;
  }

  @GetMapping(path = PATH)
  @Operation(
      summary = "Everything of yours as one JSON document (streamed; see docs/backup-format.md)",
      description =
          "Profile, wallets, categories, tags, exchange rates, budgets, goals, recurring"
              + " transactions, notifications and transactions, read as one consistent snapshot.")
  ResponseEntity<StreamingResponseBody> backup(@CurrentUser(manage = true) UserId user) {
    Exports.Body body = backups.backup(user);
    return Downloads.file(
        "backup", users.get(user).today(clock), "json", MediaType.APPLICATION_JSON, body::writeTo);
  }

  @PostMapping(path = RESTORE, consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "Restore a backup into this account, which must hold no transactions yet",
      description =
          "Takes a document from GET /api/v1/backup. Its wallets, categories, tags, exchange"
              + " rates, budgets, goals, recurring transactions, notifications and transactions"
              + " replace the account's (which has no history yet, so none is lost), with new ids;"
              + " the profile's settings are applied. One database transaction: a backup with any"
              + " problem (422, each named by its place in the file, such as"
              + " transactions[12].amount) or balances that do not add up restores nothing. 409"
              + " account-not-empty when the account has transactions. Its own size limit,"
              + " SPENDWISE_RESTORE_MAX_SIZE (1 GB; a backup of a million transactions is about 430 MB).")
  Restores.Restored restore(@CurrentUser(manage = true) UserId user, InputStream document) {
    return restores.restore(user, document);
  }
}
