package com.spendwise.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The money rules, without a database: scales from ISO 4217, nothing ever rounded. */
class MoneyTest {

  @Test
  void eachCurrencyHasItsOwnScale() {
    assertThat(Money.scale("VND")).isZero();
    assertThat(Money.scale("USD")).isEqualTo(2);
    assertThat(Money.scale("KWD")).isEqualTo(3);
    assertThat(Money.currency("XAU")).as("gold has no minor unit").isEmpty();
    assertThat(Money.currency("usd")).isEmpty();
    assertThat(Money.currency("ABC")).isEmpty();
  }

  @Test
  void moreDecimalsThanTheCurrencyHasAreRefusedNotRounded() {
    assertThat(Money.check("amount", new BigDecimal("12.5"), "VND"))
        .hasValueSatisfying(p -> assertThat(p.code()).isEqualTo("too-many-decimals"));
    assertThat(Money.check("amount", new BigDecimal("12.345"), "USD")).isPresent();
    assertThat(Money.check("amount", new BigDecimal("12.345"), "KWD")).isEmpty();
    assertThat(Money.check("amount", new BigDecimal("125000.00"), "VND"))
        .as("zeros after the point change nothing for the API")
        .isEmpty();
    assertThatThrownBy(() -> Money.normalize(new BigDecimal("1.005"), "USD"))
        .isInstanceOf(ArithmeticException.class);
    assertThat(Money.text(new BigDecimal("12.5"), "USD")).isEqualTo("12.50");
  }

  @Test
  void amountsAreBoundedSoNoBalanceOverflows() {
    assertThat(Money.checkBounds("amount", Money.MAX_AMOUNT))
        .hasValueSatisfying(p -> assertThat(p.code()).isEqualTo("out-of-range"));
    assertThat(Money.checkBounds("amount", Money.MAX_AMOUNT.subtract(BigDecimal.ONE))).isEmpty();
    assertThat(Money.checkBounds("amount", new BigDecimal("0.00001")))
        .hasValueSatisfying(p -> assertThat(p.code()).isEqualTo("too-many-decimals"));
  }

  @Test
  void aPositiveAmountIsRequiredWhereTheCallerAsksForOne() {
    List<FieldProblem> problems = new ArrayList<>();
    Money.checkPositive("a", null, "VND", problems);
    Money.checkPositive("b", BigDecimal.ZERO, "VND", problems);
    Money.checkPositive("c", new BigDecimal("-1"), null, problems);
    Money.checkPositive("d", new BigDecimal("1.5"), null, problems);
    assertThat(problems)
        .extracting(p -> p.field() + ":" + p.code())
        .containsExactly("a:required", "b:not-positive", "c:not-positive");
  }
}
