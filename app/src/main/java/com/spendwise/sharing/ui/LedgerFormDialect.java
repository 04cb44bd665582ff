package com.spendwise.sharing.ui;

import com.spendwise.sharing.ActingLedger;
import com.spendwise.sharing.Ledger;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.dialect.AbstractProcessorDialect;
import org.thymeleaf.model.IModel;
import org.thymeleaf.model.IModelFactory;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.processor.IProcessor;
import org.thymeleaf.processor.element.AbstractElementTagProcessor;
import org.thymeleaf.processor.element.IElementTagStructureHandler;
import org.thymeleaf.standard.StandardDialect;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * Every form a page posts carries the ledger the page was showing ({@value
 * ActingLedger#FORM_FIELD}), so that a form opened in one ledger and sent after the person switched
 * to another (in another tab) is refused instead of being recorded in the wrong ledger.
 */
@Component
class LedgerFormDialect extends AbstractProcessorDialect {

  LedgerFormDialect() {
    super("SpendWise ledger of forms", "swl", StandardDialect.PROCESSOR_PRECEDENCE);
  }

  @Override
  public Set<IProcessor> getProcessors(String prefix) {
    return Set.of(new FormProcessor(prefix));
  }

  private static final class FormProcessor extends AbstractElementTagProcessor {

    FormProcessor(String prefix) {
      super(TemplateMode.HTML, prefix, "form", false, null, false, 2000);
    }

    @Override
    protected void doProcess(
        ITemplateContext context,
        IProcessableElementTag tag,
        IElementTagStructureHandler structure) {
      String method = tag.getAttributeValue("method");
      if (method == null
          || !method.equalsIgnoreCase("post")
          || !(context.getVariable("acting") instanceof Ledger acting)) {
        return;
      }
      IModelFactory factory = context.getModelFactory();
      IModel field = factory.createModel();
      field.add(
          factory.createStandaloneElementTag(
              "input",
              java.util.Map.of(
                  "type",
                  "hidden",
                  "name",
                  ActingLedger.FORM_FIELD,
                  "value",
                  acting.id().value().toString()),
              org.thymeleaf.model.AttributeValueQuotes.DOUBLE,
              false,
              false));
      structure.insertImmediatelyAfter(field, false);
    }
  }
}
