package com.spendwise.exchange;

import com.spendwise.wallet.WalletId;
import java.util.UUID;

/** A statement uploaded in the web app, waiting to be mapped, previewed and imported. */
public record Upload(UUID id, WalletId walletId, String format, String fileName, byte[] content) {

  public boolean csv() {
    return format.equals("csv");
  }
}
