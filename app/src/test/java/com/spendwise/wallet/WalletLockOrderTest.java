package com.spendwise.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import com.spendwise.support.ApiTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Every writer locks wallets in one order: the order PostgreSQL sorts ids in (its {@code ORDER BY
 * id FOR NO KEY UPDATE}) and the order Java walks them in ({@link WalletId#compareTo}) must agree,
 * or two writers can each hold a wallet the other waits for.
 */
class WalletLockOrderTest extends ApiTest {

  @Test
  void javaSortsWalletIdsAsPostgresqlDoes() {
    Random random = new Random(20261130);
    List<UUID> ids = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      ids.add(new UUID(random.nextLong(), random.nextLong()));
    }
    // Ids that differ only in the top bit of either half: where signed comparison goes wrong.
    ids.add(UUID.fromString("7fffffff-ffff-4fff-bfff-ffffffffffff"));
    ids.add(UUID.fromString("80000000-0000-4000-8000-000000000000"));
    ids.add(UUID.fromString("80000000-0000-4000-7fff-ffffffffffff"));

    List<UUID> bySql =
        jdbc.sql("SELECT id FROM unnest(CAST(? AS uuid[])) AS id ORDER BY id")
            .param(ids.stream().map(UUID::toString).toArray(String[]::new))
            .query(UUID.class)
            .list();
    List<UUID> byJava = ids.stream().map(WalletId::new).sorted().map(WalletId::value).toList();

    assertThat(byJava).containsExactlyElementsOf(bySql);
  }
}
