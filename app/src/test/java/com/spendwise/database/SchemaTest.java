package com.spendwise.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.spendwise.support.ApiTest;
import java.math.BigDecimal;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;

/** The schema itself refuses what the service must never write. */
class SchemaTest extends ApiTest {

  private UUID alice;
  private UUID bob;
  private UUID aliceVnd;
  private UUID aliceUsd;
  private UUID bobWallet;
  private UUID aliceFood;

  @BeforeEach
  void users() {
    alice = user();
    bob = user();
    aliceVnd = wallet(alice, "VND");
    aliceUsd = wallet(alice, "USD");
    bobWallet = wallet(bob, "VND");
    aliceFood = category(alice, "EXPENSE");
  }

  @Test
  void theSeedsTenTablesExist() {
    assertThat(
            jdbc.sql(
                    "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'")
                .query(String.class)
                .list())
        .contains(
            "users",
            "wallets",
            "categories",
            "transactions",
            "budgets",
            "tags",
            "transaction_tags",
            "goals",
            "recurring_transactions",
            "notifications");
  }

  @Test
  void aValidExpenseIsAccepted() {
    UUID id = expense(alice, aliceVnd, aliceFood, new BigDecimal("125000"));

    assertThat(id).isNotNull();
  }

  @Test
  void amountsMustBePositive() {
    assertRejected(() -> expense(alice, aliceVnd, null, BigDecimal.ZERO));
    assertRejected(() -> expense(alice, aliceVnd, null, new BigDecimal("-1")));
  }

  @Test
  void moneyIsNeverRoundedByTheDatabase() {
    assertRejected(() -> expense(alice, aliceVnd, null, new BigDecimal("1.23456")));
    assertRejected(() -> expense(alice, aliceVnd, null, new BigDecimal("1e18")));
    UUID exact = expense(alice, aliceUsd, null, new BigDecimal("12.3456"));
    assertThat(
            jdbc.sql("SELECT amount FROM transactions WHERE id = ?")
                .param(exact)
                .query(BigDecimal.class)
                .single())
        .isEqualByComparingTo("12.3456");
  }

  @Test
  void currencyIsThreeUpperCaseLetters() {
    assertRejected(() -> wallet(alice, "usd"));
    assertRejected(() -> wallet(alice, "US"));
  }

  @Test
  void aTransferNeedsTwoDifferentWallets() {
    assertRejected(() -> transfer(alice, aliceVnd, aliceVnd));
    assertThat(transfer(alice, aliceVnd, aliceUsd)).isNotNull();
  }

  @Test
  void transactionShapesFollowTheirType() {
    assertRejected(
        () ->
            jdbc.sql(
                    "INSERT INTO transactions (user_id, type, amount, source_wallet_id, date)"
                        + " VALUES (?, 'INCOME', 1, ?, current_date)")
                .params(alice, aliceVnd)
                .update());
  }

  @Test
  void anotherUsersWalletCannotBeReferenced() {
    assertRejected(() -> expense(alice, bobWallet, null, BigDecimal.ONE));
    assertRejected(() -> transfer(alice, aliceVnd, bobWallet));
  }

  @Test
  void anotherUsersCategoryCannotBeReferenced() {
    UUID bobCategory = category(bob, "EXPENSE");

    assertRejected(() -> expense(alice, aliceVnd, bobCategory, BigDecimal.ONE));
  }

  @Test
  void theCategoryTypeMustMatchTheTransactionType() {
    UUID salary = category(alice, "INCOME");

    assertRejected(() -> expense(alice, aliceVnd, salary, BigDecimal.ONE));
  }

  @Test
  void anotherUsersTagCannotBeAttached() {
    UUID transaction = expense(alice, aliceVnd, null, BigDecimal.ONE);
    UUID bobTag =
        jdbc.sql("INSERT INTO tags (user_id, name) VALUES (?, 'mine') RETURNING id")
            .param(bob)
            .query(UUID.class)
            .single();

    assertRejected(
        () ->
            jdbc.sql(
                    "INSERT INTO transaction_tags (transaction_id, tag_id, user_id) VALUES (?, ?, ?)")
                .params(transaction, bobTag, alice)
                .update());
  }

  @Test
  void emailIsUniqueRegardlessOfCase() {
    String email = uniqueEmail();
    jdbc.sql("INSERT INTO users (cognito_sub, email) VALUES (?, ?)")
        .params(UUID.randomUUID().toString(), email)
        .update();

    assertRejected(
        () ->
            jdbc.sql("INSERT INTO users (cognito_sub, email) VALUES (?, ?)")
                .params(UUID.randomUUID().toString(), email.toUpperCase())
                .update());
  }

  @Test
  void deletingAUserDeletesAllTheirData() {
    UUID transaction = expense(alice, aliceVnd, aliceFood, BigDecimal.TEN);
    jdbc.sql(
            "INSERT INTO goals (user_id, name, target_amount) VALUES (?, 'Bike', 100);"
                + " INSERT INTO notifications (user_id, type, message)"
                + " VALUES (?, 'GOAL_REACHED', 'Done')")
        .params(alice, alice)
        .update();

    jdbc.sql("DELETE FROM users WHERE id = ?").param(alice).update();

    for (String table :
        new String[] {"wallets", "categories", "transactions", "goals", "notifications"}) {
      assertThat(
              jdbc.sql("SELECT count(*) FROM " + table + " WHERE user_id = ?")
                  .param(alice)
                  .query(Integer.class)
                  .single())
          .as(table)
          .isZero();
    }
    assertThat(
            jdbc.sql("SELECT count(*) FROM transactions WHERE id = ?")
                .param(transaction)
                .query(Integer.class)
                .single())
        .isZero();
  }

  private UUID user() {
    return jdbc.sql("INSERT INTO users (cognito_sub) VALUES (?) RETURNING id")
        .param(UUID.randomUUID().toString())
        .query(UUID.class)
        .single();
  }

  private UUID wallet(UUID user, String currency) {
    return jdbc.sql(
            "INSERT INTO wallets (user_id, name, currency) VALUES (?, 'Cash', ?) RETURNING id")
        .params(user, currency)
        .query(UUID.class)
        .single();
  }

  private UUID category(UUID user, String type) {
    return jdbc.sql("INSERT INTO categories (user_id, name, type) VALUES (?, ?, ?) RETURNING id")
        .params(user, "Category " + UUID.randomUUID(), type)
        .query(UUID.class)
        .single();
  }

  private UUID expense(UUID user, UUID wallet, UUID category, BigDecimal amount) {
    return jdbc.sql(
            "INSERT INTO transactions (user_id, type, amount, source_wallet_id, category_id, date)"
                + " VALUES (?, 'EXPENSE', ?, ?, ?, current_date) RETURNING id")
        .params(user, amount, wallet, category)
        .query(UUID.class)
        .single();
  }

  private UUID transfer(UUID user, UUID from, UUID to) {
    return jdbc.sql(
            "INSERT INTO transactions (user_id, type, amount, source_wallet_id, target_wallet_id,"
                + " target_amount, date) VALUES (?, 'TRANSFER', 10, ?, ?, 1, current_date)"
                + " RETURNING id")
        .params(user, from, to)
        .query(UUID.class)
        .single();
  }

  private static void assertRejected(Runnable write) {
    assertThatThrownBy(write::run).isInstanceOf(DataIntegrityViolationException.class);
  }
}
