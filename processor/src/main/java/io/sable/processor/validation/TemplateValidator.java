package io.sable.processor.validation;

import io.sable.processor.model.EntityModel;
import io.sable.processor.model.FieldModel;
import io.sable.processor.model.TemplateModel;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Collectors;

/** Checks one key template against its entity's fields. */
final class TemplateValidator {

  private TemplateValidator() {}

  static void validate(TemplateModel template, EntityModel entity, Diagnostics diagnostics) {
    if (template.text().isEmpty()) {
      diagnostics.report(Message.EMPTY_TEMPLATE, template.source());
      return;
    }
    if (!template.isParsed()) {
      diagnostics.report(Message.MALFORMED_TEMPLATE, template.source(), template.error());
      return;
    }
    for (String literal : template.literals()) {
      for (char c : literal.toCharArray()) {
        if (c < 0x20 || c > 0x7E) {
          diagnostics.report(Message.TEMPLATE_LITERAL_NOT_ASCII, template.source(), template.text(),
              String.format("\\u%04x", (int) c));
          return;
        }
      }
    }
    for (String name : template.fields()) {
      Optional<FieldModel> field = entity.field(name);
      if (field.isEmpty()) {
        diagnostics.report(Message.UNKNOWN_TEMPLATE_FIELD, template.source(), template.text(), name,
            entity.element().getSimpleName(), suggestion(name, entity));
      } else if (!field.get().kind().isKeySegment()) {
        diagnostics.report(Message.UNSUPPORTED_KEY_FIELD_TYPE, template.source(), template.text(), name,
            field.get().type());
      }
    }
  }

  /** "did you mean {x}?" for a close component name, or the list of components. */
  static String suggestion(String name, EntityModel entity) {
    Optional<String> closest = entity.fields().stream()
        .map(FieldModel::name)
        .filter(candidate -> distance(candidate.toLowerCase(), name.toLowerCase()) <= 2)
        .min(Comparator.comparingInt(candidate -> distance(candidate, name)));
    if (closest.isPresent()) {
      return "did you mean {" + closest.get() + "}?";
    }
    return entity.fields().isEmpty()
        ? "the record has no components"
        : "its components are " + entity.fields().stream().map(FieldModel::name).collect(Collectors.joining(", "));
  }

  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
