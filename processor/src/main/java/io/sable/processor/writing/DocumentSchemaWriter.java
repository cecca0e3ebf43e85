package io.sable.processor.writing;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.sable.processor.model.DocumentModel;
import io.sable.processor.model.EntityShape;
import io.sable.processor.model.FieldModel;
import java.util.HashMap;
import java.util.List;
import javax.lang.model.element.Modifier;

/** Writes {@code FooSchema} for a {@code @Document} record: its components as a map, without reflection. */
final class DocumentSchemaWriter {

  private final DocumentModel document;

  DocumentSchemaWriter(DocumentModel document) {
    this.document = document;
  }

  TypeSpec write() {
    ClassName name = document.schemaClass();
    ClassName record = document.className();
    TypeSpec.Builder type = TypeSpec.classBuilder(name)
        .addAnnotation(RuntimeTypes.GENERATED)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .superclass(ParameterizedTypeName.get(RuntimeTypes.DOCUMENT_SCHEMA, record))
        .addJavadoc("The map ({@code M}) a {@link $T} is stored as inside entities.\n", record)
        .addField(FieldSpec.builder(name, "INSTANCE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("The schema; it holds no state.\n")
            .initializer("new $T()", name)
            .build());
    SchemaWriter.addConverters(type, document.fields());
    type.addMethod(MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PRIVATE)
        .addStatement("super($T.class, $T.of($L))", record, List.class, CodeBlock.join(
            document.fields().stream().map(f -> CodeBlock.of("$S", f.attributeName())).toList(), ", "))
        .build());
    MethodSpec.Builder toMap = MethodSpec.methodBuilder("itemToMap")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(KeysWriter.KEY_MAP)
        .addParameter(record, "document")
        .addParameter(TypeName.BOOLEAN, "ignoreNulls")
        .addStatement("$T item = new $T<>($L)", KeysWriter.KEY_MAP, HashMap.class,
            (int) Math.ceil(document.fields().size() / 0.75) + 1);
    for (FieldModel field : document.fields()) {
      CodeBlock value = Access.read(field, "document");
      if (field.primitive()) {
        toMap.addStatement("item.put($S, $L.transformFrom($L))", field.attributeName(), Converters.constant(field), value);
      } else {
        toMap.addStatement("$T.put(item, $S, $L, $L, ignoreNulls)", RuntimeTypes.ATTRIBUTES, field.attributeName(),
            Converters.constant(field), value);
      }
    }
    type.addMethod(toMap.addStatement("return item").build());
    type.addMethod(MethodSpec.methodBuilder("mapToItem")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(record)
        .addParameter(KeysWriter.KEY_MAP, "item")
        .addCode(Access.construct(record, new EntityShape(EntityShape.Kind.RECORD, null, null, null), document.fields(),
            field -> Access.fromItem(field, CodeBlock.of("$L", Converters.constant(field)))))
        .build());
    return type.build();
  }
}
