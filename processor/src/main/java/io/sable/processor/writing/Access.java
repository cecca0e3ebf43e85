package io.sable.processor.writing;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import io.sable.processor.model.EntityShape;
import io.sable.processor.model.FieldModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Reading a field from an instance, and building an instance from field values, by class shape. */
final class Access {

  private Access() {}

  /** {@code entity.origin()}, {@code entity.getOrigin()}, or {@code entity.note().orElse(null)}. */
  static CodeBlock read(FieldModel field, String instance) {
    return field.optional()
        ? CodeBlock.of("$L.$L().orElse(null)", instance, field.accessor())
        : CodeBlock.of("$L.$L()", instance, field.accessor());
  }

  /** The value of a field read from an item by its schema's converter constant. */
  static CodeBlock fromItem(FieldModel field, CodeBlock converter) {
    if (field.primitive()) {
      return CodeBlock.of("$T.getOrDefault(item, $S, $L, $L)", RuntimeTypes.ATTRIBUTES, field.attributeName(),
          converter, defaultValue(field.type()));
    }
    CodeBlock value = CodeBlock.of("$T.get(item, $S, $L)", RuntimeTypes.ATTRIBUTES, field.attributeName(), converter);
    return field.optional() ? CodeBlock.of("$T.ofNullable($L)", Optional.class, value) : value;
  }

  /**
   * Statements that build an instance from the field values and return it: a record's canonical
   * constructor, a builder's chain, or a bean's setters.
   */
  static CodeBlock construct(ClassName type, EntityShape shape, List<FieldModel> fields,
      Function<FieldModel, CodeBlock> value) {
    List<CodeBlock> values = new ArrayList<>();
    fields.forEach(field -> values.add(value.apply(field)));
    CodeBlock.Builder code = CodeBlock.builder();
    switch (shape.kind()) {
      case BUILDER -> {
        code.add("return $T.$L()", type, shape.builderMethod());
        for (int i = 0; i < fields.size(); i++) {
          code.add("\n.$L($L)", fields.get(i).setter(), values.get(i));
        }
        code.add("\n.$L();\n", shape.buildMethod());
      }
      case BEAN -> {
        code.addStatement("$T entity = new $T()", type, type);
        for (int i = 0; i < fields.size(); i++) {
          code.addStatement("entity.$L($L)", fields.get(i).setter(), values.get(i));
        }
        code.addStatement("return entity");
      }
      default -> code.addStatement("return new $T(\n$L)", type, CodeBlock.join(values, ",\n"));
    }
    return code.build();
  }

  private static String defaultValue(TypeName primitive) {
    if (primitive.equals(TypeName.BOOLEAN)) {
      return "false";
    }
    if (primitive.equals(TypeName.CHAR)) {
      return "'\\u0000'";
    }
    if (primitive.equals(TypeName.LONG)) {
      return "0L";
    }
    if (primitive.equals(TypeName.FLOAT)) {
      return "0F";
    }
    if (primitive.equals(TypeName.DOUBLE)) {
      return "0D";
    }
    if (primitive.equals(TypeName.INT)) {
      return "0";
    }
    return "(" + primitive + ") 0";
  }
}
