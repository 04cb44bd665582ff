package com.spendwise.exchange.internal;

import com.spendwise.category.Category;
import com.spendwise.category.CategoryId;
import com.spendwise.category.CategoryService;
import com.spendwise.shared.Money;
import com.spendwise.tag.TagId;
import com.spendwise.tag.TagService;
import com.spendwise.tag.TagView;
import com.spendwise.transaction.EntryFilter;
import com.spendwise.transaction.EntryType;
import com.spendwise.transaction.LedgerEntry;
import com.spendwise.transaction.LedgerService;
import com.spendwise.user.UserId;
import com.spendwise.wallet.Wallet;
import com.spendwise.wallet.WalletId;
import com.spendwise.wallet.WalletService;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Component;

/**
 * The user's transactions as CSV (RFC 4180, UTF-8, a header row): one row per entry, wallets and
 * category by id and by name, tags by name joined with {@code |}, amounts as plain decimals at the
 * currency's scale. Text that a spreadsheet would run as a formula is neutralised ({@link
 * SpreadsheetCells}). Rows are written as the ledger hands them over, a page at a time.
 */
@Component
public class TransactionCsv {

  public static final List<String> HEADER =
      List.of(
          "id",
          "date",
          "type",
          "amount",
          "currency",
          "source_wallet_id",
          "source_wallet",
          "target_wallet_id",
          "target_wallet",
          "target_amount",
          "target_currency",
          "category_id",
          "category",
          "tags",
          "note");

  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setHeader(HEADER.toArray(String[]::new)).get();

  private final LedgerService ledger;
  private final WalletService wallets;
  private final CategoryService categories;
  private final TagService tags;

  TransactionCsv(
      LedgerService ledger, WalletService wallets, CategoryService categories, TagService tags) {
    this.ledger = ledger;
    this.wallets = wallets;
    this.categories = categories;
    this.tags = tags;
  }

  /** A writer of the export; the filter is checked now, so a bad one fails before any byte. */
  public Export prepare(UserId user, EntryFilter filter) {
    Iterable<List<LedgerEntry>> pages = ledger.pages(user, filter);
    return out -> write(user, pages, out);
  }

  /** Writes an export that was prepared. */
  @FunctionalInterface
  public interface Export {
    void writeTo(OutputStream out) throws IOException;
  }

  private void write(UserId user, Iterable<List<LedgerEntry>> pages, OutputStream out)
      throws IOException {
    Map<WalletId, Wallet> walletsById = byId(wallets.all(user), Wallet::id);
    Map<CategoryId, Category> categoriesById = byId(categories.all(user, null), Category::id);
    Map<TagId, TagView> tagsById = byId(tags.all(user), TagView::id);
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    try (CSVPrinter csv = new CSVPrinter(writer, FORMAT)) {
      for (List<LedgerEntry> page : pages) {
        for (LedgerEntry entry : page) {
          csv.printRecord(row(entry, walletsById, categoriesById, tagsById));
        }
        csv.flush();
      }
    }
  }

  private static List<String> row(
      LedgerEntry e,
      Map<WalletId, Wallet> walletsById,
      Map<CategoryId, Category> categoriesById,
      Map<TagId, TagView> tagsById) {
    Wallet source = e.sourceWalletId() == null ? null : walletsById.get(e.sourceWalletId());
    Wallet target = e.targetWalletId() == null ? null : walletsById.get(e.targetWalletId());
    String currency = (e.type() == EntryType.INCOME ? target : source).currency();
    boolean transfer = e.type() == EntryType.TRANSFER;
    String targetAmount =
        !transfer
            ? ""
            : Money.text(
                e.targetAmount() == null ? e.amount() : e.targetAmount(), target.currency());
    Category category = e.categoryId() == null ? null : categoriesById.get(e.categoryId());
    return List.of(
        e.id().value().toString(),
        e.date().toString(),
        e.type().name(),
        Money.text(e.amount(), currency),
        currency,
        source == null ? "" : source.id().value().toString(),
        source == null ? "" : SpreadsheetCells.neutralised(source.name()),
        target == null ? "" : target.id().value().toString(),
        target == null ? "" : SpreadsheetCells.neutralised(target.name()),
        targetAmount,
        transfer ? target.currency() : "",
        category == null ? "" : category.id().value().toString(),
        category == null ? "" : SpreadsheetCells.neutralised(category.name()),
        SpreadsheetCells.neutralised(
            e.tagIds().stream()
                .map(tagsById::get)
                .filter(tag -> tag != null)
                .map(TagView::name)
                .sorted()
                .collect(Collectors.joining("|"))),
        e.note() == null ? "" : SpreadsheetCells.neutralised(e.note()));
  }

  private static <K, T> Map<K, T> byId(List<T> items, Function<T, K> idOf) {
    Map<K, T> byId = new HashMap<>();
    items.forEach(item -> byId.put(idOf.apply(item), item));
    return byId;
  }
}
