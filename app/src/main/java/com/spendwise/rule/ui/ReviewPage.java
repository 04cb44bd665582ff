package com.spendwise.rule.ui;

import com.spendwise.category.Category;
import com.spendwise.category.CategoryId;
import com.spendwise.category.CategoryService;
import com.spendwise.rule.RuleService;
import com.spendwise.shared.Page;
import com.spendwise.shared.PageRequest;
import com.spendwise.shared.ProblemException;
import com.spendwise.shared.ui.Feedback;
import com.spendwise.shared.ui.Manage;
import com.spendwise.shared.ui.PageController;
import com.spendwise.transaction.EntryDraft;
import com.spendwise.transaction.EntryRevisions;
import com.spendwise.transaction.LedgerEntry;
import com.spendwise.transaction.LedgerService;
import com.spendwise.transaction.TransactionId;
import com.spendwise.user.CurrentUser;
import com.spendwise.user.UserId;
import com.spendwise.wallet.Wallet;
import com.spendwise.wallet.WalletService;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The review inbox: imported transactions, oldest first, each confirmed, given another category or
 * deleted, or a whole page confirmed at once. Every action is a plain form; with JavaScript one key
 * does it (c, e, d) and focus moves to the next row, which the redirect names.
 */
@PageController
class ReviewPage {

  private static final int PAGE = 20;

  private final EntryRevisions revisions;
  private final LedgerService ledger;
  private final WalletService wallets;
  private final CategoryService categories;
  private final RuleService rules;

  ReviewPage(
      EntryRevisions revisions,
      LedgerService ledger,
      WalletService wallets,
      CategoryService categories,
      RuleService rules) {
    this.revisions = revisions;
    this.ledger = ledger;
    this.wallets = wallets;
    this.categories = categories;
    this.rules = rules;
  }

  @GetMapping("/review")
  String show(
      @CurrentUser UserId user,
      @RequestParam(required = false) String cursor,
      @RequestParam(required = false) UUID focus,
      Model model) {
    Page<LedgerEntry> page = revisions.toReview(user, new PageRequest(PAGE, cursor));
    Map<UUID, Wallet> walletsById = new HashMap<>();
    wallets.all(user).forEach(w -> walletsById.put(w.id().value(), w));
    Map<UUID, String> ruleNames = new HashMap<>();
    rules.all(user).forEach(r -> ruleNames.put(r.id().value(), r.name()));
    List<Category> all = categories.all(user, null);
    Map<UUID, String> categoryNames = new HashMap<>();
    all.forEach(c -> categoryNames.put(c.id().value(), c.name()));
    model.addAttribute("entries", page.items());
    model.addAttribute("nextCursor", page.nextCursor());
    model.addAttribute("waiting", revisions.waiting(user));
    model.addAttribute("wallets", walletsById);
    model.addAttribute("ruleNames", ruleNames);
    model.addAttribute("categories", all);
    model.addAttribute("categoryNames", categoryNames);
    model.addAttribute("focus", focus == null ? null : focus.toString());
    return "rule/review";
  }

  @PostMapping("/review/{id}/confirm")
  String confirm(
      @CurrentUser UserId user,
      @PathVariable UUID id,
      @RequestParam(defaultValue = "") String next,
      RedirectAttributes redirect) {
    revisions.confirm(user, List.of(new TransactionId(id)));
    Feedback.flash(redirect, "feedback.review.confirmed", 1);
    return back(next);
  }

  @PostMapping("/review/confirm")
  String confirmPage(
      @CurrentUser UserId user,
      @RequestParam(name = "ids", required = false) List<UUID> ids,
      RedirectAttributes redirect) {
    if (ids != null && !ids.isEmpty()) {
      int confirmed =
          revisions.confirm(user, ids.stream().limit(PAGE).map(TransactionId::new).toList());
      Feedback.flash(redirect, "feedback.review.confirmed", confirmed);
    }
    return "redirect:/review";
  }

  @PostMapping("/review/{id}/category")
  String category(
      @CurrentUser UserId user,
      @PathVariable UUID id,
      @RequestParam(defaultValue = "") String categoryId,
      @RequestParam(defaultValue = "") String version,
      @RequestParam(defaultValue = "") String next,
      RedirectAttributes redirect) {
    LedgerEntry entry = ledger.get(user, new TransactionId(id));
    try {
      CategoryId category =
          categoryId.isBlank() ? null : new CategoryId(UUID.fromString(categoryId.strip()));
      ledger.update(user, entry.id(), withCategory(entry, category), Manage.version(version));
      Feedback.flash(redirect, "feedback.review.categorised");
    } catch (ProblemException | IllegalArgumentException e) {
      Feedback.flash(redirect, "feedback.review.refused");
      return "redirect:/review?focus=" + id;
    }
    return back(next);
  }

  @PostMapping("/review/{id}/delete")
  String delete(
      @CurrentUser UserId user,
      @PathVariable UUID id,
      @RequestParam(defaultValue = "") String version,
      @RequestParam(defaultValue = "") String next,
      RedirectAttributes redirect) {
    try {
      ledger.delete(user, new TransactionId(id), Manage.version(version));
      Feedback.flash(redirect, "feedback.review.deleted");
    } catch (ProblemException e) {
      Feedback.flash(redirect, "feedback.review.refused");
      return "redirect:/review?focus=" + id;
    }
    return back(next);
  }

  /** The entry as it is, with another category: a person's edit, which also reviews it. */
  private static EntryDraft withCategory(LedgerEntry e, CategoryId category) {
    return new EntryDraft(
        e.type(),
        e.amount(),
        e.sourceWalletId(),
        e.targetWalletId(),
        e.targetAmount(),
        category,
        e.date(),
        e.note(),
        e.tagIds());
  }

  private static String back(String next) {
    try {
      return next.isBlank()
          ? "redirect:/review"
          : "redirect:/review?focus=" + UUID.fromString(next);
    } catch (IllegalArgumentException e) {
      return "redirect:/review";
    }
  }
}
