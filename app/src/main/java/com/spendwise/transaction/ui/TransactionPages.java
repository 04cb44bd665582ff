package com.spendwise.transaction.ui;

import com.spendwise.category.Category;
import com.spendwise.category.CategoryService;
import com.spendwise.shared.Idempotency;
import com.spendwise.shared.ProblemException;
import com.spendwise.shared.ui.Collation;
import com.spendwise.shared.ui.Feedback;
import com.spendwise.shared.ui.FormErrors;
import com.spendwise.shared.ui.Manage;
import com.spendwise.shared.ui.MoneyFormat;
import com.spendwise.shared.ui.PageController;
import com.spendwise.tag.TagService;
import com.spendwise.tag.TagView;
import com.spendwise.transaction.Contributions;
import com.spendwise.transaction.EntryDraft;
import com.spendwise.transaction.EntryLine;
import com.spendwise.transaction.EntryType;
import com.spendwise.transaction.LedgerEntry;
import com.spendwise.transaction.LedgerService;
import com.spendwise.transaction.TransactionId;
import com.spendwise.user.CurrentUser;
import com.spendwise.user.SignedIn;
import com.spendwise.user.UserId;
import com.spendwise.user.UserService;
import com.spendwise.wallet.Wallet;
import com.spendwise.wallet.WalletId;
import com.spendwise.wallet.WalletService;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Adding, editing and deleting a transaction (the list is {@link TransactionListPage}). Another
 * user's transaction is "not found", exactly like a missing one.
 */
@PageController
class TransactionPages {

  private final LedgerService ledger;
  private final WalletService wallets;
  private final CategoryService categories;
  private final TagService tags;
  private final UserService users;
  private final Idempotency idempotency;
  private final Contributions contributions;
  private final Clock clock;

  TransactionPages(
      LedgerService ledger,
      WalletService wallets,
      CategoryService categories,
      TagService tags,
      UserService users,
      Idempotency idempotency,
      Contributions contributions,
      Clock clock) {
    this.ledger = ledger;
    this.contributions = contributions;
    this.wallets = wallets;
    this.categories = categories;
    this.tags = tags;
    this.users = users;
    this.idempotency = idempotency;
    this.clock = clock;
  }

  @GetMapping("/transactions/new")
  String newForm(@CurrentUser UserId user, Model model) {
    return form(user, null, TransactionForm.empty(users.get(user).today(clock)), Map.of(), model);
  }

  @PostMapping("/transactions")
  String create(
      @CurrentUser UserId user,
      @ModelAttribute TransactionForm form,
      Locale locale,
      Model model,
      RedirectAttributes redirect) {
    Map<String, String> errors = new LinkedHashMap<>();
    Map<String, Object[]> args = new LinkedHashMap<>();
    Optional<EntryDraft> draft = form.draft(locale, currencies(user), errors, args);
    if (draft.isEmpty()) {
      model.addAttribute("errorArgs", args);
      return form(user, null, form, errors, model);
    }
    String key =
        form.key() == null || form.key().isBlank() ? UUID.randomUUID().toString() : form.key();
    try {
      // A second click on Save carries the same key: it finds the first one's result.
      idempotency.run(
          user.value(),
          "page:" + key,
          Integer.toHexString(draft.get().toString().hashCode()),
          () -> {
            ledger.create(user, draft.get());
            Feedback.flash(redirect, "feedback.saved", said(draft.get(), user, locale));
            return new Idempotency.StoredResponse(303, "/transactions", null, "");
          });
      return "redirect:/transactions";
    } catch (ProblemException e) {
      return form(user, null, form, form.errorsOf(e), model);
    }
  }

  @GetMapping("/transactions/{id}/edit")
  String editForm(@CurrentUser UserId user, @PathVariable UUID id, Locale locale, Model model) {
    LedgerEntry entry = ledger.get(user, new TransactionId(id));
    return form(user, id, TransactionForm.of(entry, locale), Map.of(), model);
  }

  @PostMapping("/transactions/{id}")
  String update(
      @CurrentUser UserId user,
      @PathVariable UUID id,
      @ModelAttribute TransactionForm form,
      Locale locale,
      Model model,
      RedirectAttributes redirect) {
    Map<String, String> errors = new LinkedHashMap<>();
    Map<String, Object[]> args = new LinkedHashMap<>();
    Optional<EntryDraft> draft = form.draft(locale, currencies(user), errors, args);
    if (draft.isEmpty()) {
      model.addAttribute("errorArgs", args);
      return form(user, id, form, errors, model);
    }
    TransactionId entry = new TransactionId(id);
    try {
      ledger.update(user, entry, draft.get(), Manage.version(form.version()));
      Feedback.flash(redirect, "feedback.saved", said(draft.get(), user, locale));
      return "redirect:/transactions";
    } catch (ProblemException e) {
      FormErrors.rethrowIfMissing(e);
      if (e.status() == HttpStatus.PRECONDITION_FAILED) {
        // What it is now, to check against what was typed; saving again applies the form as shown.
        TransactionForm current = TransactionForm.of(ledger.get(user, entry), locale);
        return form(user, id, current, Map.of("form", "error.changed-shown"), model);
      }
      return form(user, id, form, form.errorsOf(e), model);
    }
  }

  @GetMapping("/transactions/{id}/delete")
  String confirmDelete(@CurrentUser UserId user, @PathVariable UUID id, Model model) {
    return confirmDelete(user, new TransactionId(id), Map.of(), model);
  }

  @PostMapping("/transactions/{id}/delete")
  String delete(
      @CurrentUser UserId user,
      @SignedIn UserId person,
      @PathVariable UUID id,
      @RequestParam(defaultValue = "") String version,
      @RequestParam(required = false) Contributions.Pairing contribution,
      Locale locale,
      Model model,
      RedirectAttributes redirect) {
    TransactionId entry = new TransactionId(id);
    try {
      LedgerEntry deleted = ledger.get(user, entry);
      contributions.delete(user, person, entry, Manage.version(version), contribution);
      Feedback.flash(
          redirect,
          "feedback.deleted",
          said(
              deleted.type(),
              deleted.amount(),
              deleted.type() == EntryType.INCOME
                  ? deleted.targetWalletId()
                  : deleted.sourceWalletId(),
              deleted.note(),
              user,
              locale));
      return "redirect:/transactions";
    } catch (ProblemException e) {
      return confirmDelete(user, entry, Manage.errors(e, "form"), model);
    }
  }

  /** A transaction in a confirmation: "−₫45,000 Lunch". */
  private String said(EntryDraft draft, UserId user, Locale locale) {
    return said(
        draft.type(),
        draft.amount(),
        draft.type() == EntryType.INCOME ? draft.targetWalletId() : draft.sourceWalletId(),
        draft.note(),
        user,
        locale);
  }

  private String said(
      EntryType type, BigDecimal amount, WalletId wallet, String note, UserId user, Locale locale) {
    String shown = MoneyFormat.format(amount, currencies(user).apply(wallet), locale);
    String sign = type == EntryType.INCOME ? "+" : type == EntryType.EXPENSE ? "−" : "";
    return sign + shown + (note == null ? "" : " " + note);
  }

  private String confirmDelete(
      UserId user, TransactionId id, Map<String, String> errors, Model model) {
    LedgerEntry entry = ledger.get(user, id);
    model.addAttribute("row", EntryLine.of(List.of(entry), allWallets(user)).get(0));
    model.addAttribute("version", entry.version());
    model.addAttribute("errors", errors);
    return "transaction/transaction-delete";
  }

  /** The currency of each of the user's wallets, to hold typed amounts to its decimals. */
  private Function<WalletId, String> currencies(UserId user) {
    Map<WalletId, String> byId = new HashMap<>();
    allWallets(user).forEach(w -> byId.put(w.id(), w.currency()));
    return byId::get;
  }

  private String form(
      UserId user, UUID id, TransactionForm form, Map<String, String> errors, Model model) {
    model.addAttribute("id", id);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("wallets", allWallets(user).stream().filter(w -> !w.archived()).toList());
    model.addAttribute("categories", Collation.byName(categories.all(user, null), Category::name));
    model.addAttribute("tags", allTags(user));
    return "transaction/transaction-form";
  }

  private List<TagView> allTags(UserId user) {
    return Collation.byName(tags.all(user), TagView::name);
  }

  private List<Wallet> allWallets(UserId user) {
    return wallets.all(user);
  }
}
