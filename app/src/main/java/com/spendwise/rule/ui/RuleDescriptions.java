package com.spendwise.rule.ui;

import com.spendwise.category.Category;
import com.spendwise.category.CategoryService;
import com.spendwise.rule.Rule;
import com.spendwise.rule.RuleAction;
import com.spendwise.rule.RuleCondition;
import com.spendwise.shared.ui.AmountInput;
import com.spendwise.tag.TagService;
import com.spendwise.tag.TagView;
import com.spendwise.user.UserId;
import com.spendwise.wallet.Wallet;
import com.spendwise.wallet.WalletService;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the rule pages show: a rule in sentences ("Note contains “grab”", "Set category Transport")
 * in the page's language, and the wallets, categories and tags the form offers.
 */
@Component
class RuleDescriptions {

  /** A rule as its list and page show it. */
  record RuleView(Rule rule, List<String> conditions, List<String> actions) {}

  /** The user's wallets, categories and tags by id, for naming and choosing. */
  record Names(
      List<Wallet> wallets,
      List<Category> categories,
      List<TagView> tags,
      Map<UUID, String> byId,
      Map<UUID, String> categoryNames) {}

  private final WalletService wallets;
  private final CategoryService categories;
  private final TagService tags;
  private final MessageSource messages;

  RuleDescriptions(
      WalletService wallets, CategoryService categories, TagService tags, MessageSource messages) {
    this.wallets = wallets;
    this.categories = categories;
    this.tags = tags;
    this.messages = messages;
  }

  Names names(UserId user) {
    List<Wallet> w = wallets.all(user);
    List<Category> c = categories.all(user, null);
    List<TagView> t = tags.all(user);
    Map<UUID, String> byId = new HashMap<>();
    Map<UUID, String> categoryNames = new HashMap<>();
    w.forEach(x -> byId.put(x.id().value(), x.name()));
    c.forEach(x -> byId.put(x.id().value(), x.name()));
    c.forEach(x -> categoryNames.put(x.id().value(), x.name()));
    t.forEach(x -> byId.put(x.id().value(), "#" + x.name()));
    return new Names(w, c, t, byId, categoryNames);
  }

  /** Adds what the form needs to choose from. */
  void choices(Model model, Names names) {
    model.addAttribute("wallets", names.wallets());
    model.addAttribute("categories", names.categories());
    model.addAttribute("tags", names.tags());
    model.addAttribute("conditionKinds", RuleForm.CONDITION_KINDS);
    model.addAttribute("actionKinds", RuleForm.ACTION_KINDS);
    model.addAttribute("groups", RuleForm.GROUPS);
  }

  RuleView view(Rule rule, Names names, Locale locale) {
    List<String> conditions = new ArrayList<>();
    for (RuleCondition c : rule.conditions()) {
      if (c.isGroup()) {
        List<String> inner = c.conditions().stream().map(x -> condition(x, names, locale)).toList();
        String joiner = " " + message("rules.join." + c.match(), locale) + " ";
        conditions.add("(" + String.join(joiner, inner) + ")");
      } else {
        conditions.add(condition(c, names, locale));
      }
    }
    List<String> actions = rule.actions().stream().map(a -> action(a, names, locale)).toList();
    return new RuleView(rule, conditions, actions);
  }

  private String condition(RuleCondition c, Names names, Locale locale) {
    String key = "rules.cond." + c.field() + "_" + c.operator();
    String refs =
        String.join(
            ", ", c.idList().stream().map(id -> names.byId().getOrDefault(id, "?")).toList());
    return switch (c.field()) {
      case AMOUNT -> message(key, locale, amount(c.value(), locale), amount(c.value2(), locale));
      case TYPE -> message(key, locale, message("type." + c.value(), locale));
      case IMPORTED -> message("rules.cond.IMPORTED_" + c.value(), locale);
      case WALLET, CATEGORY, TAG -> message(key, locale, refs);
      default -> message(key, locale, c.value(), c.value2());
    };
  }

  private String action(RuleAction a, Names names, Locale locale) {
    String key = "rules.action." + a.type();
    return switch (a.type()) {
      case SET_CATEGORY ->
          message(key, locale, names.categoryNames().getOrDefault(a.categoryId(), "?"));
      case ADD_TAGS, REMOVE_TAGS ->
          message(
              key,
              locale,
              String.join(
                  ", ",
                  a.tagList().stream().map(id -> names.byId().getOrDefault(id, "?")).toList()));
      default -> message(key, locale, a.value());
    };
  }

  private static String amount(String value, Locale locale) {
    return value == null ? "" : AmountInput.write(new BigDecimal(value), locale);
  }

  String message(String key, Locale locale, Object... args) {
    return messages.getMessage(key, args, key, locale);
  }
}
