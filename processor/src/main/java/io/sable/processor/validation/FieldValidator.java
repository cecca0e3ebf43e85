package io.sable.processor.validation;

import com.palantir.javapoet.TypeName;
import io.sable.processor.model.FieldModel;
import io.sable.processor.model.IndexModel;
import io.sable.processor.model.Source;
import io.sable.processor.model.TableModel;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/** Checks the fields of an entity or document: storable types, converters, attribute names. */
final class FieldValidator {

  private static final String ATTRIBUTE_CONVERTER = "software.amazon.awssdk.enhanced.dynamodb.AttributeConverter";

  private final ProcessingEnvironment env;
  private final Diagnostics diagnostics;

  FieldValidator(ProcessingEnvironment env, Diagnostics diagnostics) {
    this.env = env;
    this.diagnostics = diagnostics;
  }

  /** Checks the fields; {@code table} (null for a document) names the attributes Sable computes. */
  void validate(List<FieldModel> fields, TableModel table) {
    Map<String, FieldModel> byAttribute = new HashMap<>();
    for (FieldModel field : fields) {
      Source source = Source.of(field.element());
      if (field.converter() != null) {
        validateConverter(field, source);
      } else if (!field.storage().isSupported()) {
        diagnostics.report(Message.UNSUPPORTED_FIELD_TYPE, source, field.name(), field.type(),
            field.storage().unsupportedReason());
      }
      FieldModel previous = byAttribute.putIfAbsent(field.attributeName(), field);
      if (previous != null) {
        diagnostics.report(Message.DUPLICATE_ATTRIBUTE, source, previous.name(), field.name(), field.attributeName());
      }
      if (table != null) {
        reservedRole(field.attributeName(), table).ifPresent(role ->
            diagnostics.report(Message.RESERVED_FIELD_NAME, source, field.name(), field.attributeName(), role));
      }
    }
  }

  private void validateConverter(FieldModel field, Source source) {
    TypeElement converter = env.getElementUtils().getTypeElement(field.converter().canonicalName());
    boolean constructible = converter != null && ElementFilter.constructorsIn(converter.getEnclosedElements())
        .stream().anyMatch(c -> c.getParameters().isEmpty() && c.getModifiers().contains(Modifier.PUBLIC));
    boolean converts = converter != null && convertedType(converter.asType())
        .map(type -> TypeName.get(type).equals(field.valueType())).orElse(false);
    if (!constructible || !converts) {
      diagnostics.report(Message.INVALID_CONVERTER, source, field.converter().simpleName(), field.name(),
          !converts ? "does not convert " + field.valueType() : "has no public no-argument constructor",
          field.valueType());
    }
  }

  /** The {@code T} of the {@code AttributeConverter<T>} a type implements, if it does. */
  private Optional<TypeMirror> convertedType(TypeMirror type) {
    if (type instanceof DeclaredType declared
        && ((TypeElement) declared.asElement()).getQualifiedName().contentEquals(ATTRIBUTE_CONVERTER)) {
      return declared.getTypeArguments().size() == 1 ? Optional.of(declared.getTypeArguments().get(0)) : Optional.empty();
    }
    for (TypeMirror supertype : env.getTypeUtils().directSupertypes(type)) {
      Optional<TypeMirror> found = convertedType(supertype);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  private static Optional<String> reservedRole(String attribute, TableModel table) {
    if (attribute.equals(table.partitionKey())) {
      return Optional.of("partition key");
    }
    if (attribute.equals(table.sortKey())) {
      return Optional.of("sort key");
    }
    if (attribute.equals(table.entityTypeAttribute())) {
      return Optional.of("entity type");
    }
    for (IndexModel index : table.indexes()) {
      if (attribute.equals(index.partitionKey())) {
        return Optional.of(index.name() + " partition key");
      }
      if (attribute.equals(index.sortKey())) {
        return Optional.of(index.name() + " sort key");
      }
    }
    return Optional.empty();
  }
}
