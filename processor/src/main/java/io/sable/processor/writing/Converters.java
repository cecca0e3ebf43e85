package io.sable.processor.writing;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.sable.processor.model.FieldModel;
import io.sable.processor.model.TypeModel;

/**
 * The attribute converter of a field, as generated schemas declare it: the {@code @Convert} class, or
 * the Enhanced Client's default converter for the field's type (through an {@code EnhancedType} for
 * lists, sets, maps and documents).
 */
final class Converters {

  static final ClassName ENHANCED_TYPE = ClassName.get("software.amazon.awssdk.enhanced.dynamodb", "EnhancedType");

  private Converters() {}

  /** The converter constant's type: {@code AttributeConverter<V>}. */
  static TypeName type(FieldModel field) {
    return ParameterizedTypeName.get(RuntimeTypes.ATTRIBUTE_CONVERTER, field.valueType());
  }

  /** The converter constant of a field in the schema class: {@code ORIGIN_CONVERTER}. */
  static String constant(FieldModel field) {
    return Names.constant(field.name()) + "_CONVERTER";
  }

  /** The converter's initializer. */
  static CodeBlock initializer(FieldModel field) {
    if (field.converter() != null) {
      return CodeBlock.of("new $T()", field.converter());
    }
    TypeModel storage = field.storage();
    if (storage instanceof TypeModel.Scalar scalar) {
      return CodeBlock.of("$T.converter($T.class)", RuntimeTypes.ATTRIBUTES, raw(scalar.type()));
    }
    return CodeBlock.of("$T.converter($L)", RuntimeTypes.ATTRIBUTES, enhancedType(storage));
  }

  /** An {@code EnhancedType} expression for a stored type. */
  static CodeBlock enhancedType(TypeModel type) {
    if (type instanceof TypeModel.ListOf list) {
      return CodeBlock.of("$T.listOf($L)", ENHANCED_TYPE, enhancedType(list.element()));
    }
    if (type instanceof TypeModel.SetOf set) {
      return CodeBlock.of("$T.setOf($L)", ENHANCED_TYPE, enhancedType(set.element()));
    }
    if (type instanceof TypeModel.MapOf map) {
      return CodeBlock.of("$T.mapOf($T.of($T.class), $L)", ENHANCED_TYPE, ENHANCED_TYPE, String.class,
          enhancedType(map.value()));
    }
    if (type instanceof TypeModel.DocumentOf document) {
      return CodeBlock.of("$T.documentOf($T.class, $T.INSTANCE)", ENHANCED_TYPE, document.type(), document.schema());
    }
    return CodeBlock.of("$T.of($T.class)", ENHANCED_TYPE, raw(type.type()));
  }

  private static TypeName raw(TypeName type) {
    return type instanceof ParameterizedTypeName parameterized ? parameterized.rawType() : type;
  }
}
