package com.spendwise.exchange;

import com.spendwise.exchange.internal.StatementCsv;
import com.spendwise.exchange.internal.UploadRepository;
import com.spendwise.shared.ProblemException;
import com.spendwise.user.UserId;
import com.spendwise.wallet.WalletId;
import com.spendwise.wallet.WalletService;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Statements uploaded in the web app, kept in the database between the steps of an import (any
 * instance serves the next step; nothing lives in one instance's memory or disk).
 */
@Service
public class Uploads {

  private final UploadRepository uploads;
  private final WalletService wallets;

  Uploads(UploadRepository uploads, WalletService wallets) {
    this.uploads = uploads;
    this.wallets = wallets;
  }

  /** Keeps a statement for the user's wallet (404 for another user's wallet). */
  public UUID keep(UserId user, WalletId wallet, String format, String fileName, byte[] content) {
    wallets.get(user, wallet);
    if (!List.of("csv", "ofx").contains(format)) {
      throw ProblemException.invalidField("format", "unsupported", "Must be csv or ofx.");
    }
    if (content.length == 0) {
      throw ProblemException.invalidField("file", "empty", "Choose a file to import.");
    }
    String name = fileName == null || fileName.isBlank() ? "statement." + format : fileName;
    return uploads.save(
        user, wallet, format, name.length() > 255 ? name.substring(0, 255) : name, content);
  }

  /** The user's upload; another user's, or one imported already, is not found. */
  public Upload get(UserId user, UUID id) {
    return uploads.find(user, id).orElseThrow(() -> ProblemException.notFound("The upload"));
  }

  public void discard(UserId user, UUID id) {
    uploads.delete(user, id);
  }

  /** The header of a CSV file read with the mapping's encoding and delimiter. */
  public List<String> columns(Upload upload, ImportMapping mapping) {
    return StatementCsv.header(upload.content(), mapping);
  }
}
