package com.spendwise.sharing.web;

import com.spendwise.sharing.ActingLedger;
import com.spendwise.user.CurrentUser;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import java.util.Arrays;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The API document names the ledger header on every operation that acts on a ledger. */
@Configuration(proxyBeanMethods = false)
class LedgerHeaderDocs {

  @Bean
  OperationCustomizer ledgerHeader() {
    return (operation, handler) -> {
      boolean actsOnLedger =
          Arrays.stream(handler.getMethodParameters())
              .anyMatch(p -> p.hasParameterAnnotation(CurrentUser.class));
      if (actsOnLedger) {
        operation.addParametersItem(
            new HeaderParameter()
                .name(ActingLedger.HEADER)
                .required(false)
                .schema(new StringSchema().format("uuid"))
                .description(
                    "A shared ledger the caller belongs to; absent: the caller's own ledger. Not a"
                        + " member: 404. A viewer's write: 403 `read-only-ledger`."));
      }
      return operation;
    };
  }
}
