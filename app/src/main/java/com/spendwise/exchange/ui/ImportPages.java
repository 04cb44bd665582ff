package com.spendwise.exchange.ui;

import com.spendwise.exchange.ImportJob;
import com.spendwise.exchange.ImportJobs;
import com.spendwise.exchange.ImportMapping;
import com.spendwise.exchange.ImportService;
import com.spendwise.exchange.SavedMappings;
import com.spendwise.exchange.Upload;
import com.spendwise.exchange.Uploads;
import com.spendwise.shared.ProblemException;
import com.spendwise.shared.ui.FormErrors;
import com.spendwise.shared.ui.PageController;
import com.spendwise.user.CurrentUser;
import com.spendwise.user.UserId;
import com.spendwise.wallet.Wallet;
import com.spendwise.wallet.WalletId;
import com.spendwise.wallet.WalletService;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Importing a bank statement in three steps: upload it for a wallet; for a CSV file, say which
 * columns hold what (guessed from the header) and preview what each row becomes; import. The file
 * waits in the database between steps.
 */
@PageController
class ImportPages {

  static final List<String> DATE_FORMATS =
      List.of("dd/MM/yyyy", "yyyy-MM-dd", "MM/dd/yyyy", "d/M/yyyy", "dd-MM-yyyy", "dd.MM.yyyy");

  private final Uploads uploads;
  private final ImportService imports;
  private final WalletService wallets;
  private final SavedMappings saved;
  private final ImportJobs jobs;

  ImportPages(
      Uploads uploads,
      ImportService imports,
      WalletService wallets,
      SavedMappings saved,
      ImportJobs jobs) {
    this.jobs = jobs;
    this.uploads = uploads;
    this.imports = imports;
    this.wallets = wallets;
    this.saved = saved;
  }

  @GetMapping("/import")
  String start(@CurrentUser UserId user, Model model) {
    return start(user, model, Map.of());
  }

  @PostMapping("/import")
  String upload(
      @CurrentUser UserId user,
      @RequestParam(required = false) MultipartFile file,
      @RequestParam(defaultValue = "") String walletId,
      @RequestParam(defaultValue = "csv") String format,
      Model model)
      throws IOException {
    Map<String, String> errors = new LinkedHashMap<>();
    UUID wallet = null;
    try {
      wallet = UUID.fromString(walletId);
    } catch (IllegalArgumentException e) {
      errors.put("walletId", "error.choose-wallet");
    }
    if (file == null || file.isEmpty()) {
      errors.put("file", "error.choose-file");
    }
    if (!errors.isEmpty()) {
      return start(user, model, errors);
    }
    try {
      UUID id =
          uploads.keep(
              user, new WalletId(wallet), format, file.getOriginalFilename(), file.getBytes());
      return "redirect:/import/" + id;
    } catch (ProblemException e) {
      FormErrors.rethrowIfMissing(e);
      return start(user, model, FormErrors.of(e, field -> field, "file"));
    }
  }

  @GetMapping("/import/{id}")
  String review(
      @CurrentUser UserId user,
      @PathVariable UUID id,
      @ModelAttribute("mapping") ImportMapping sent,
      @ModelAttribute("choices") ImportChoices sentChoices,
      @RequestParam(required = false) UUID savedId,
      @RequestParam(required = false) String account,
      Locale locale,
      Model model) {
    Upload upload = uploads.get(user, id);
    model.addAttribute("account", account);
    // A saved mapping stands for the columns chosen by hand; a mapping without a date column was
    // not chosen yet (the first visit), so the page guesses one from the header.
    ImportMapping form = savedId == null ? sent : saved.get(user, savedId).mapping();
    ImportChoices choices = savedId == null ? sentChoices : ImportChoices.NONE;
    boolean chosen = form.date() != null;
    model.addAttribute("choices", choices);
    model.addAttribute("saved", saved.all(user));
    model.addAttribute("upload", upload);
    model.addAttribute("wallet", wallets.get(user, upload.walletId()));
    if (!upload.csv()) {
      return preview(user, upload, form, choices, Map.of(), model);
    }
    ImportMapping shown = form;
    Map<String, String> errors = new LinkedHashMap<>();
    try {
      List<String> columns =
          uploads.columns(
              upload, (chosen ? form : MappingGuess.guess(List.of(), locale)).withoutBlanks());
      model.addAttribute("columns", columns);
      if (!chosen) {
        shown = MappingGuess.guess(columns, locale);
      }
    } catch (ProblemException e) {
      errors.putAll(FormErrors.of(e, ImportPages::formField, "file"));
      model.addAttribute("columns", List.of());
    }
    model.addAttribute("mapping", shown);
    model.addAttribute("dateFormats", DATE_FORMATS);
    model.addAttribute("encodings", ImportMapping.ENCODINGS);
    if (!chosen || !errors.isEmpty()) {
      model.addAttribute("errors", errors);
      return "exchange/import-map";
    }
    return preview(user, upload, shown, choices, errors, model);
  }

  @PostMapping("/import/{id}")
  String run(
      @CurrentUser UserId user,
      @PathVariable UUID id,
      @ModelAttribute("mapping") ImportMapping form,
      @ModelAttribute("choices") ImportChoices choices,
      @RequestParam(required = false) String account,
      Model model) {
    Upload upload = uploads.get(user, id);
    model.addAttribute("account", account);
    ImportMapping mapping = form.withoutBlanks();
    ImportService.Options options =
        new ImportService.Options(false, choices.skipping(), choices.creating());
    try {
      if (upload.csv() && choices.saveAs() != null && !choices.saveAs().isBlank()) {
        saved.save(user, choices.saveAs(), mapping);
      }
      ImportService.Outcome outcome =
          upload.csv()
              ? imports.importCsv(user, upload.walletId(), upload.content(), mapping, options)
              : imports.importOfx(user, upload.walletId(), upload.content(), options, account);
      uploads.discard(user, id);
      if (outcome instanceof ImportJob job) {
        return "redirect:/import/jobs/" + job.id();
      }
      model.addAttribute("result", outcome);
      model.addAttribute("wallet", wallets.get(user, upload.walletId()));
      return "exchange/import-done";
    } catch (ProblemException e) {
      FormErrors.rethrowIfMissing(e);
      model.addAttribute("upload", upload);
      model.addAttribute("wallet", wallets.get(user, upload.walletId()));
      model.addAttribute("refused", "error." + e.code());
      return preview(user, upload, mapping, choices, Map.of(), model);
    }
  }

  /**
   * A large file's import as it runs: rows done of the file's, refreshed every two seconds with
   * htmx (a "Check again" link without JavaScript), then its result.
   */
  @GetMapping("/import/jobs/{id}")
  String job(@CurrentUser UserId user, @PathVariable UUID id, Model model) {
    ImportJob job = jobs.get(user, id);
    model.addAttribute("job", job);
    model.addAttribute("wallet", wallets.get(user, job.walletId()));
    if (job.result() != null) {
      model.addAttribute("result", job.result());
    }
    return job.state() == ImportJob.State.DONE ? "exchange/import-done" : "exchange/import-job";
  }

  private String preview(
      UserId user,
      Upload upload,
      ImportMapping form,
      ImportChoices choices,
      Map<String, String> errors,
      Model model) {
    ImportMapping mapping = form.withoutBlanks();
    try {
      ImportService.Result result =
          (ImportService.Result)
              (upload.csv()
                  ? imports.importCsv(
                      user,
                      upload.walletId(),
                      upload.content(),
                      mapping,
                      new ImportService.Options(true, false, choices.creating()))
                  : imports.importOfx(
                      user,
                      upload.walletId(),
                      upload.content(),
                      new ImportService.Options(true, false, false),
                      (String) model.getAttribute("account")));
      List<ImportService.RowResult> shown = ImportProblems.shownRows(result.rows());
      model.addAttribute("result", result);
      model.addAttribute("shownRows", shown);
      model.addAttribute("hiddenRows", result.rows().size() - shown.size());
      model.addAttribute("choices", choices);
      model.addAttribute("mapping", upload.csv() ? mapping : null);
      model.addAttribute("errors", errors);
      return "exchange/import-preview";
    } catch (ProblemException e) {
      FormErrors.rethrowIfMissing(e);
      model.addAttribute("errors", FormErrors.of(e, ImportPages::formField, "file"));
      model.addAttribute("dateFormats", DATE_FORMATS);
      model.addAttribute("encodings", ImportMapping.ENCODINGS);
      if (e.fieldProblems().stream().anyMatch(p -> p.field().equals("account"))) {
        model.addAttribute("accounts", imports.accountsIn(user, upload.content()));
      }
      if (!model.containsAttribute("columns")) {
        model.addAttribute("columns", List.of());
      }
      return upload.csv() ? "exchange/import-map" : "exchange/import-refused";
    }
  }

  private static String formField(String field) {
    return field.startsWith("mapping.") ? field.substring("mapping.".length()) : field;
  }

  private String start(UserId user, Model model, Map<String, String> errors) {
    List<Wallet> open = wallets.all(user).stream().filter(w -> !w.archived()).toList();
    model.addAttribute("wallets", open);
    model.addAttribute("errors", errors);
    return "exchange/import";
  }
}
