package com.spendwise.exchange.internal;

import com.spendwise.budget.BudgetId;
import com.spendwise.category.CategoryId;
import com.spendwise.goal.GoalId;
import com.spendwise.recurring.RecurringId;
import com.spendwise.report.ExchangeRateId;
import com.spendwise.rule.RuleId;
import com.spendwise.tag.TagId;
import com.spendwise.transaction.TransactionId;
import com.spendwise.wallet.WalletId;
import java.math.BigDecimal;
import java.util.UUID;
import java.util.function.Function;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * The JSON of a backup, both ways: ids as their UUID, amounts as plain decimal strings (as the API
 * writes them), dates and instants as ISO 8601. Readers ignore fields they do not know (the
 * format's promise); a null where a number or flag belongs is refused, not read as 0 or false.
 */
public final class BackupJson {

  private BackupJson() {}

  public static JsonMapper mapper() {
    SimpleModule module = new SimpleModule("spendwise-backup");
    id(module, WalletId.class, WalletId::value, WalletId::new);
    id(module, CategoryId.class, CategoryId::value, CategoryId::new);
    id(module, TagId.class, TagId::value, TagId::new);
    id(module, TransactionId.class, TransactionId::value, TransactionId::new);
    id(module, BudgetId.class, BudgetId::value, BudgetId::new);
    id(module, GoalId.class, GoalId::value, GoalId::new);
    id(module, RecurringId.class, RecurringId::value, RecurringId::new);
    id(module, ExchangeRateId.class, ExchangeRateId::value, ExchangeRateId::new);
    id(module, RuleId.class, RuleId::value, RuleId::new);
    module.addSerializer(
        BigDecimal.class,
        new ValueSerializer<>() {
          @Override
          public void serialize(BigDecimal value, JsonGenerator gen, SerializationContext ctxt) {
            gen.writeString(value.toPlainString());
          }
        });
    return JsonMapper.builder()
        .addModule(module)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        // A section is read from the middle of the document, with more to follow.
        .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .build();
  }

  private static <T> void id(
      SimpleModule module, Class<T> type, Function<T, UUID> value, Function<UUID, T> of) {
    module.addSerializer(
        type,
        new ValueSerializer<T>() {
          @Override
          public void serialize(T id, JsonGenerator gen, SerializationContext ctxt) {
            gen.writeString(value.apply(id).toString());
          }
        });
    module.addDeserializer(
        type,
        new ValueDeserializer<T>() {
          @Override
          public T deserialize(JsonParser parser, DeserializationContext ctxt) {
            return of.apply(ctxt.readValue(parser, UUID.class));
          }
        });
  }
}
