package com.spendwise.ui;

import com.spendwise.category.CategoryId;
import com.spendwise.category.CategoryService;
import com.spendwise.shared.Idempotency;
import com.spendwise.shared.Page;
import com.spendwise.shared.PageRequest;
import com.spendwise.shared.ProblemException;
import com.spendwise.transaction.EntryDraft;
import com.spendwise.transaction.EntryFilter;
import com.spendwise.transaction.EntryType;
import com.spendwise.transaction.LedgerEntry;
import com.spendwise.transaction.LedgerService;
import com.spendwise.user.CurrentUser;
import com.spendwise.user.UserId;
import com.spendwise.user.UserService;
import com.spendwise.wallet.Wallet;
import com.spendwise.wallet.WalletId;
import com.spendwise.wallet.WalletService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The transactions list ("load more" over the keyset cursor) and the add-transaction form. */
@Controller
class TransactionPages {

  private final LedgerService ledger;
  private final WalletService wallets;
  private final CategoryService categories;
  private final UserService users;
  private final Idempotency idempotency;
  private final Clock clock;

  TransactionPages(
      LedgerService ledger,
      WalletService wallets,
      CategoryService categories,
      UserService users,
      Idempotency idempotency,
      Clock clock) {
    this.ledger = ledger;
    this.wallets = wallets;
    this.categories = categories;
    this.users = users;
    this.idempotency = idempotency;
    this.clock = clock;
  }

  /** The form as typed; amounts stay text until they are read in the page's language. */
  record Form(
      String type,
      String amount,
      String walletId,
      String targetWalletId,
      String targetAmount,
      String categoryId,
      String date,
      String note,
      String key) {}

  @GetMapping("/transactions")
  String list(
      @CurrentUser UserId user, @RequestParam(required = false) String cursor, Model model) {
    Page<LedgerEntry> page =
        ledger.list(
            user,
            new EntryFilter(null, null, null, null, null, false, null, null, null, null),
            PageRequest.of(PageRequest.DEFAULT_LIMIT, cursor),
            false);
    model.addAttribute("rows", Entries.of(page.items(), allWallets(user)));
    model.addAttribute("nextCursor", page.nextCursor());
    return "ui/transactions";
  }

  @GetMapping("/transactions/new")
  String form(@CurrentUser UserId user, Model model) {
    LocalDate today = users.get(user).today(clock);
    Form empty =
        new Form("EXPENSE", "", "", "", "", "", today.toString(), "", UUID.randomUUID().toString());
    return form(user, empty, Map.of(), model);
  }

  @PostMapping("/transactions")
  String create(@CurrentUser UserId user, @ModelAttribute Form form, Locale locale, Model model) {
    Map<String, String> errors = new LinkedHashMap<>();
    Optional<EntryDraft> draft = draft(form, locale, errors);
    if (draft.isEmpty()) {
      return form(user, form, errors, model);
    }
    try {
      String key =
          form.key() == null || form.key().isBlank() ? UUID.randomUUID().toString() : form.key();
      // A second click on Save carries the same key: it finds the first one's result.
      idempotency.run(
          user.value(),
          "page:" + key,
          Integer.toHexString(draft.get().toString().hashCode()),
          () -> {
            ledger.create(user, draft.get());
            return new Idempotency.StoredResponse(303, "/transactions", null, "");
          });
      return "redirect:/transactions";
    } catch (ProblemException e) {
      boolean income = "INCOME".equals(form.type());
      errors.putAll(
          FormErrors.of(
              e,
              field ->
                  switch (field) {
                    case "sourceWalletId" -> "walletId";
                    case "targetWalletId" -> income ? "walletId" : "targetWalletId";
                    default -> field;
                  },
              "walletId"));
      return form(user, form, errors, model);
    }
  }

  /** The draft a form describes, or empty after adding what could not be read. */
  private static Optional<EntryDraft> draft(Form form, Locale locale, Map<String, String> errors) {
    EntryType type;
    try {
      type = EntryType.valueOf(String.valueOf(form.type()));
    } catch (IllegalArgumentException e) {
      errors.put("type", "error.required");
      return Optional.empty();
    }
    Optional<BigDecimal> amount = AmountInput.parse(form.amount(), locale);
    if (amount.isEmpty()) {
      errors.put("amount", "error.amount-format");
    }
    BigDecimal targetAmount = null;
    if (type == EntryType.TRANSFER
        && form.targetAmount() != null
        && !form.targetAmount().isBlank()) {
      targetAmount = AmountInput.parse(form.targetAmount(), locale).orElse(null);
      if (targetAmount == null) {
        errors.put("targetAmount", "error.amount-format");
      }
    }
    LocalDate date = null;
    try {
      date = LocalDate.parse(String.valueOf(form.date()));
    } catch (DateTimeParseException e) {
      errors.put("date", "error.required");
    }
    WalletId wallet = walletId(form.walletId(), "walletId", errors);
    WalletId target =
        type == EntryType.TRANSFER
            ? walletId(form.targetWalletId(), "targetWalletId", errors)
            : null;
    CategoryId category = null;
    if (form.categoryId() != null && !form.categoryId().isBlank()) {
      try {
        category = new CategoryId(UUID.fromString(form.categoryId()));
      } catch (IllegalArgumentException e) {
        errors.put("categoryId", "error.not-found");
      }
    }
    if (!errors.isEmpty()) {
      return Optional.empty();
    }
    String note = form.note() == null || form.note().isBlank() ? null : form.note().strip();
    return Optional.of(
        new EntryDraft(
            type,
            amount.get(),
            type == EntryType.INCOME ? null : wallet,
            type == EntryType.INCOME ? wallet : target,
            targetAmount,
            category,
            date,
            note,
            List.of()));
  }

  private static WalletId walletId(String text, String field, Map<String, String> errors) {
    try {
      return new WalletId(UUID.fromString(String.valueOf(text)));
    } catch (IllegalArgumentException e) {
      errors.put(field, "error.choose-wallet");
      return null;
    }
  }

  private String form(UserId user, Form form, Map<String, String> errors, Model model) {
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("wallets", allWallets(user).stream().filter(w -> !w.archived()).toList());
    model.addAttribute(
        "categories",
        categories.list(user, null, PageRequest.of(PageRequest.MAX_LIMIT, null)).items());
    return "ui/transaction-form";
  }

  private List<Wallet> allWallets(UserId user) {
    return wallets.list(user, PageRequest.of(PageRequest.MAX_LIMIT, null)).items();
  }
}
