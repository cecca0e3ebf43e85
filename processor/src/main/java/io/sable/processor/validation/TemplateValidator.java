package io.sable.processor.validation;

import io.sable.processor.model.EntityModel;
import io.sable.processor.model.FieldModel;
import io.sable.processor.model.KeyAttributeType;
import io.sable.processor.model.SegmentCodecSpec;
import io.sable.processor.model.TemplateModel;
import io.sable.processor.model.TypeModel;
import io.sable.processor.model.ValueKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Checks one key template against its entity's fields and the key attribute it fills. */
final class TemplateValidator {

  private TemplateValidator() {}

  static void validate(TemplateModel template, EntityModel entity, KeyContext key, Diagnostics diagnostics) {
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
    if (!ShardValidator.validate(template, entity, key, diagnostics)) {
      return;
    }
    if (key.type() != KeyAttributeType.S) {
      validateTypedKey(template, entity, key, diagnostics);
      return;
    }
    boolean fieldsValid = true;
    List<String> names = template.fields();
    for (int i = 0; i < names.size(); i++) {
      fieldsValid &= validateField(template, i, entity, key, diagnostics);
    }
    if (!fieldsValid) {
      return;
    }
    int maxBytes = maxBytes(template, entity);
    if (maxBytes > key.sizeLimit()) {
      diagnostics.report(Message.KEY_TOO_LONG, template.source(), template.text(), maxBytes, key.description(),
          key.sizeLimit());
    }
    if (key.partition()) {
      warnLowCardinality(template, entity, key, diagnostics);
    } else {
      warnSortOrder(template, entity, diagnostics);
    }
  }

  private static boolean validateField(
      TemplateModel template, int index, EntityModel entity, KeyContext key, Diagnostics diagnostics) {
    String name = template.fields().get(index);
    Optional<FieldModel> found = entity.field(name);
    String format = template.template().segmentFormat(index);
    if (found.isEmpty() && name.equals("shard") && format != null) {
      String example = entity.fields().isEmpty() ? "id" : entity.fields().get(0).name();
      diagnostics.report(Message.SHARD_WITHOUT_FIELD, template.source(), template.text(), "shard:" + format,
          entity.element().getSimpleName(), format, format, example);
      return false;
    }
    if (found.isEmpty()) {
      diagnostics.report(Message.UNKNOWN_TEMPLATE_FIELD, template.source(), template.text(), name,
          entity.element().getSimpleName(), suggestion(name, entity));
      return false;
    }
    FieldModel field = found.get();
    if (!field.kind().isKeySegment()) {
      diagnostics.report(Message.UNSUPPORTED_KEY_FIELD_TYPE, template.source(), template.text(), name, field.type());
      return false;
    }
    if (field.optional() && key.primary()) {
      diagnostics.report(Message.OPTIONAL_PRIMARY_KEY_FIELD, template.source(), template.text(), name);
      return false;
    }
    try {
      SegmentCodecSpec.of(field.kind(), format);
    } catch (IllegalArgumentException e) {
      diagnostics.report(Message.INVALID_SEGMENT_FORMAT, template.source(), template.text(), name, format,
          e.getMessage());
      return false;
    }
    return true;
  }

  /** A NUMBER or BINARY key holds exactly one field of a matching type, as is. */
  private static void validateTypedKey(TemplateModel template, EntityModel entity, KeyContext key,
      Diagnostics diagnostics) {
    boolean single = template.fields().size() == 1 && template.literals().stream().allMatch(String::isEmpty)
        && template.template().segmentFormat(0) == null;
    Optional<FieldModel> field = single ? entity.field(template.fields().get(0)) : Optional.empty();
    if (single && field.isEmpty()) {
      diagnostics.report(Message.UNKNOWN_TEMPLATE_FIELD, template.source(), template.text(), template.fields().get(0),
          entity.element().getSimpleName(), suggestion(template.fields().get(0), entity));
      return;
    }
    ValueKind kind = field.map(FieldModel::kind).orElse(ValueKind.UNSUPPORTED);
    boolean matches = key.type() == KeyAttributeType.N
        ? kind.isNumeric()
        : kind == ValueKind.SDK_BYTES || kind == ValueKind.BYTE_ARRAY;
    if (!matches) {
      String typeName = key.type() == KeyAttributeType.N ? "NUMBER" : "BINARY";
      String javaTypes = key.type() == KeyAttributeType.N ? "numeric" : "SdkBytes";
      diagnostics.report(Message.KEY_TYPE_MISMATCH, template.source(), key.description(), key.owner(), typeName,
          template.text(), javaTypes, javaTypes);
    }
  }

  /** The most UTF-8 bytes the template can produce, or -1 when a field is unbounded (strings, decimals). */
  private static int maxBytes(TemplateModel template, EntityModel entity) {
    int total = template.literals().stream().mapToInt(String::length).sum();
    if (template.template().isSharded()) {
      total += template.template().shard().width();
    }
    for (int i = 0; i < template.fields().size(); i++) {
      FieldModel field = entity.field(template.fields().get(i)).orElseThrow();
      int segment = KeyLanguage.maxLength(field, template.template().segmentFormat(i));
      if (segment < 0) {
        return -1;
      }
      total += segment;
    }
    return total;
  }

  private static void warnLowCardinality(TemplateModel template, EntityModel entity, KeyContext key,
      Diagnostics diagnostics) {
    if (template.fields().isEmpty() || template.template().isSharded()) {
      return;
    }
    boolean low = template.fields().stream().map(n -> entity.field(n).orElseThrow().kind())
        .allMatch(k -> k == ValueKind.BOOLEAN || k == ValueKind.ENUM);
    if (low) {
      diagnostics.report(Message.LOW_CARDINALITY_PARTITION_KEY, template.source(), template.text(), key.owner(),
          "enum or boolean");
    }
  }

  private static void warnSortOrder(TemplateModel template, EntityModel entity, Diagnostics diagnostics) {
    List<String> names = template.fields();
    for (int i = 0; i < names.size(); i++) {
      FieldModel field = entity.field(names.get(i)).orElseThrow();
      String format = template.template().segmentFormat(i);
      if (field.kind() == ValueKind.ENUM && (format == null || format.equals("name"))) {
        List<String> constants = ((TypeModel.Scalar) field.storage()).enumConstants();
        List<String> byName = new ArrayList<>(constants);
        byName.sort(Comparator.naturalOrder());
        if (!byName.equals(constants)) {
          diagnostics.report(Message.ENUM_SORT_ORDER, template.source(), template.text(), field.valueType(),
              String.join(" < ", byName), field.name());
        }
      }
      String next = template.literal(i + 1);
      if (field.kind() == ValueKind.STRING && i < names.size() - 1 && !next.isEmpty() && next.charAt(0) >= '0') {
        diagnostics.report(Message.STRING_SORT_ORDER, template.source(), template.text(), field.name(),
            next.charAt(0), next.charAt(0), next.charAt(0));
      }
    }
  }

  /** "did you mean {x}?" for a close field name, or the list of fields. */
  static String suggestion(String name, EntityModel entity) {
    Optional<String> closest = entity.fields().stream()
        .map(FieldModel::name)
        .filter(candidate -> distance(candidate.toLowerCase(), name.toLowerCase()) <= 2)
        .min(Comparator.comparingInt(candidate -> distance(candidate, name)));
    if (closest.isPresent()) {
      return "did you mean {" + closest.get() + "}?";
    }
    return entity.fields().isEmpty()
        ? "it has no fields"
        : "its fields are " + entity.fields().stream().map(FieldModel::name).collect(Collectors.joining(", "));
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
