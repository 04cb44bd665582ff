package com.spendwise.wallet;

import java.math.BigDecimal;

/**
 * What a client may set on a wallet. On create a null currency means the user's default and a null
 * opening balance means zero; on update every field is required (PUT replaces).
 */
public record WalletDraft(
    String name, String currency, BigDecimal openingBalance, Boolean archived) {}
