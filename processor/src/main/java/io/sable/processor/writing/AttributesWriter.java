package io.sable.processor.writing;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.sable.processor.model.EntityModel;
import io.sable.processor.model.FieldModel;
import io.sable.processor.model.TypeModel;
import io.sable.processor.model.ValueKind;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code FooAttributes}: one typed attribute reference per field, for filters and projections
 * written without strings ({@code FlightAttributes.DELAY.greaterThan(60)}).
 */
final class AttributesWriter {

  private final EntityModel entity;

  AttributesWriter(EntityModel entity) {
    this.entity = entity;
  }

  TypeSpec write() {
    ClassName entityClass = entity.className();
    ClassName schema = entity.generated("Schema");
    TypeSpec.Builder type = TypeSpec.classBuilder(entity.generated("Attributes"))
        .addAnnotation(RuntimeTypes.GENERATED)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc("The attributes of {@link $T} items, for typed filters and projections.\n", entityClass)
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    for (FieldModel field : entity.fields()) {
      CodeBlock converter = CodeBlock.of("$T.$L", schema, Converters.constant(field));
      TypeName attributeType;
      CodeBlock initializer;
      if (field.converter() == null && field.kind() == ValueKind.STRING) {
        attributeType = ParameterizedTypeName.get(RuntimeTypes.STRING_ATTRIBUTE, entityClass);
        initializer = CodeBlock.of("$T.of($S)", RuntimeTypes.STRING_ATTRIBUTE, field.attributeName());
      } else if (field.converter() == null && elementOf(field.storage()) != null) {
        TypeModel element = elementOf(field.storage());
        attributeType = ParameterizedTypeName.get(RuntimeTypes.COLLECTION_ATTRIBUTE, entityClass, field.valueType(),
            element.type());
        initializer = CodeBlock.of("$T.of($S, $L, $T.converter($L))", RuntimeTypes.COLLECTION_ATTRIBUTE,
            field.attributeName(), converter, RuntimeTypes.ATTRIBUTES, Converters.enhancedType(element));
      } else {
        attributeType = ParameterizedTypeName.get(RuntimeTypes.ATTRIBUTE, entityClass, field.valueType());
        initializer = CodeBlock.of("$T.of($S, $L)", RuntimeTypes.ATTRIBUTE, field.attributeName(), converter);
      }
      type.addField(FieldSpec.builder(attributeType, Names.constant(field.name()), Modifier.PUBLIC, Modifier.STATIC,
              Modifier.FINAL)
          .addJavadoc("Attribute {@code $L}, field {@code $L} ({@code $L}).\n", field.attributeName(), field.name(),
              field.type())
          .initializer(initializer)
          .build());
    }
    return type.build();
  }

  private static TypeModel elementOf(TypeModel storage) {
    if (storage instanceof TypeModel.ListOf list) {
      return list.element();
    }
    return storage instanceof TypeModel.SetOf set ? set.element() : null;
  }
}
