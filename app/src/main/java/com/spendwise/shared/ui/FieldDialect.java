package com.spendwise.shared.ui;

import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.dialect.AbstractProcessorDialect;
import org.thymeleaf.engine.AttributeName;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.processor.IProcessor;
import org.thymeleaf.processor.element.AbstractAttributeTagProcessor;
import org.thymeleaf.processor.element.IElementTagStructureHandler;
import org.thymeleaf.standard.StandardDialect;
import org.thymeleaf.standard.expression.StandardExpressions;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * {@code sw:field="amount amount-hint"} on a form control: {@code aria-invalid} from the page's
 * {@code errors}, and {@code aria-describedby} naming the field's error ({@code amount-error}) when
 * it has one, then its hint when it has one. The field may be an expression ({@code ${field}}). One
 * attribute instead of the same two expressions on every control of every form.
 */
@Component
class FieldDialect extends AbstractProcessorDialect {

  FieldDialect() {
    super("SpendWise form fields", "sw", StandardDialect.PROCESSOR_PRECEDENCE);
  }

  @Override
  public Set<IProcessor> getProcessors(String prefix) {
    return Set.of(new FieldProcessor(prefix));
  }

  private static final class FieldProcessor extends AbstractAttributeTagProcessor {

    FieldProcessor(String prefix) {
      super(TemplateMode.HTML, prefix, null, false, "field", true, 1000, true);
    }

    @Override
    protected void doProcess(
        ITemplateContext context,
        IProcessableElementTag tag,
        AttributeName attributeName,
        String value,
        IElementTagStructureHandler structure) {
      String[] parts = value.strip().split("\\s+");
      String field = parts[0];
      if (field.startsWith("${")) {
        field =
            String.valueOf(
                StandardExpressions.getExpressionParser(context.getConfiguration())
                    .parseExpression(context, field)
                    .execute(context));
      }
      String hint = parts.length > 1 ? parts[1] : null;
      boolean invalid =
          context.getVariable("errors") instanceof Map<?, ?> errors && errors.containsKey(field);
      structure.setAttribute("aria-invalid", Boolean.toString(invalid));
      String described = invalid ? field + "-error" + (hint == null ? "" : " " + hint) : hint;
      if (described != null) {
        structure.setAttribute("aria-describedby", described);
      }
    }
  }
}
