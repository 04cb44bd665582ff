package com.spendwise.exchange.ui;

import com.spendwise.exchange.Backups;
import com.spendwise.exchange.Exports;
import com.spendwise.shared.Downloads;
import com.spendwise.shared.ui.PageController;
import com.spendwise.transaction.EntryFilterParams;
import com.spendwise.user.CurrentUser;
import com.spendwise.user.UserId;
import com.spendwise.user.UserService;
import java.net.URI;
import java.time.Clock;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The files the pages offer, signed in by the page's session: the transactions list as filtered, as
 * CSV (the API's export with the API's filter parameters; the list page builds the link), and the
 * backup of everything (from the profile page).
 */
@PageController
class DownloadPages {

  private final Exports exports;
  private final Backups backups;
  private final UserService users;
  private final Clock clock;

  DownloadPages(Exports exports, Backups backups, UserService users, Clock clock) {
    this.exports = exports;
    this.backups = backups;
    this.users = users;
    this.clock = clock;
  }

  /** A filter that does not read (an address typed by hand) goes back to the list. */
  @GetMapping("/transactions/export")
  ResponseEntity<StreamingResponseBody> export(
      @CurrentUser UserId user,
      @ModelAttribute("filters") EntryFilterParams filters,
      BindingResult unreadable,
      @RequestParam(defaultValue = "true") boolean bom) {
    if (unreadable.hasErrors()) {
      return ResponseEntity.status(HttpStatus.SEE_OTHER)
          .location(URI.create("/transactions"))
          .build();
    }
    // On by default here: the button's file is for a spreadsheet (see Exports#transactionsCsv).
    Exports.Body body = exports.transactionsCsv(user, filters.toFilter(), bom);
    return Downloads.file(
        "transactions", users.get(user).today(clock), "csv", Downloads.CSV, body::writeTo);
  }

  /** Everything of the user as one JSON file, the same document as GET /api/v1/backup. */
  @GetMapping("/profile/backup")
  ResponseEntity<StreamingResponseBody> backup(@CurrentUser(manage = true) UserId user) {
    Exports.Body body = backups.backup(user);
    return Downloads.file(
        "backup", users.get(user).today(clock), "json", MediaType.APPLICATION_JSON, body::writeTo);
  }
}
