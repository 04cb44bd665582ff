package com.spendwise.exchange.ui;

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
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The transactions list as it is filtered, as a CSV file: the API's export with the API's filter
 * parameters, signed in by the page's session. The list page builds the link.
 */
@PageController
class ExportPage {

  private final Exports exports;
  private final UserService users;
  private final Clock clock;

  ExportPage(Exports exports, UserService users, Clock clock) {
    this.exports = exports;
    this.users = users;
    this.clock = clock;
  }

  /** A filter that does not read (an address typed by hand) goes back to the list. */
  @GetMapping("/transactions/export")
  ResponseEntity<StreamingResponseBody> export(
      @CurrentUser UserId user,
      @ModelAttribute("filters") EntryFilterParams filters,
      BindingResult unreadable) {
    if (unreadable.hasErrors()) {
      return ResponseEntity.status(HttpStatus.SEE_OTHER)
          .location(URI.create("/transactions"))
          .build();
    }
    Exports.Body body = exports.transactionsCsv(user, filters.toFilter());
    return Downloads.file(
        "transactions", users.get(user).today(clock), "csv", Downloads.CSV, body::writeTo);
  }
}
