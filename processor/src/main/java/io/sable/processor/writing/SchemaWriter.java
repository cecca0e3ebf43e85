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
import io.sable.processor.model.IndexKeyModel;
import io.sable.processor.model.KeyModel;
import io.sable.processor.model.TableModel;
import io.sable.processor.model.TemplateModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code FooSchema}: the mapping between an entity and its items, as an {@code EntitySchema}
 * (an Enhanced Client {@code TableSchema}) without reflection.
 */
final class SchemaWriter {

  private final EntityModel entity;
  private final TableModel table;

  SchemaWriter(EntityModel entity, TableModel table) {
    this.entity = entity;
    this.table = table;
  }

  /** The converter constant of a field, declared by the schema class and shared with its update class. */
  static String converterConstant(FieldModel field) {
    return Names.constant(field.name()) + "_CONVERTER";
  }

  TypeSpec write() {
    ClassName name = entity.generated("Schema");
    ClassName entityClass = entity.className();
    TypeSpec.Builder type = TypeSpec.classBuilder(name)
        .addAnnotation(RuntimeTypes.GENERATED)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .superclass(ParameterizedTypeName.get(RuntimeTypes.ENTITY_SCHEMA, entityClass))
        .addJavadoc("The items of {@link $T}: its fields as attributes, its key attributes computed from its key "
            + "templates, and {@code $L = $S}.\n\n", entityClass, table.entityTypeAttribute(), entity.entityType())
        .addJavadoc("<p>An Enhanced Client {@code TableSchema}, written without reflection.\n");
    type.addField(FieldSpec.builder(name, "INSTANCE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("The schema; it holds no state.\n")
        .initializer("new $T()", name)
        .build());
    type.addField(FieldSpec.builder(String.class, "ENTITY_TYPE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("The entity type stored in attribute {@code $L} of every item.\n", table.entityTypeAttribute())
        .initializer("$S", entity.entityType())
        .build());
    type.addField(FieldSpec.builder(RuntimeTypes.ATTRIBUTE_VALUE, "ENTITY_TYPE_VALUE", Modifier.STATIC, Modifier.FINAL)
        .initializer("$T.fromS(ENTITY_TYPE)", RuntimeTypes.ATTRIBUTE_VALUE)
        .build());
    for (FieldModel field : entity.fields()) {
      type.addField(FieldSpec.builder(
              ParameterizedTypeName.get(RuntimeTypes.ATTRIBUTE_CONVERTER, field.boxedType()),
              converterConstant(field), Modifier.STATIC, Modifier.FINAL)
          .initializer("$T.converter($T.class)", RuntimeTypes.ATTRIBUTES,
              rawType(field.boxedType()))
          .build());
    }
    type.addMethod(MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PRIVATE)
        .addStatement("super($T.class, ENTITY_TYPE, $S, $T.DEFINITION.tableMetadata(),\n$T.of($L))",
            entityClass, table.entityTypeAttribute(), table.generatedClass(), List.class,
            CodeBlock.join(attributeNames().stream().map(a -> CodeBlock.of("$S", a)).toList(), ", "))
        .build());
    type.addMethod(MethodSpec.methodBuilder("primaryKey")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(mapType())
        .addParameter(entityClass, "entity")
        .addStatement("return $T.primaryKey(entity)", Segments.keysClass(entity))
        .build());
    type.addMethod(itemToMap());
    type.addMethod(mapToItem());
    return type.build();
  }

  private MethodSpec itemToMap() {
    MethodSpec.Builder method = MethodSpec.methodBuilder("itemToMap")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(mapType())
        .addParameter(entity.className(), "entity")
        .addParameter(TypeName.BOOLEAN, "ignoreNulls")
        .addStatement("$T item = new $T<>($L)", mapType(), HashMap.class, capacity());
    KeyModel primary = entity.key(table, null).orElseThrow();
    addKeyAttributes(method, primary);
    for (IndexKeyModel indexKey : entity.indexKeys()) {
      KeyModel key = entity.key(table, indexKey.index()).orElseThrow();
      List<String> conditions = new ArrayList<>();
      if (indexKey.includeWhen() != null) {
        conditions.add("entity." + indexKey.includeWhen() + "()");
      }
      for (String field : key.fields()) {
        if (!entity.field(field).orElseThrow().primitive()) {
          conditions.add("entity." + field + "() != null");
        }
      }
      if (conditions.isEmpty()) {
        addKeyAttributes(method, key);
      } else {
        method.addComment("Sparse: absent from $L when $L", key.describe(),
            indexKey.includeWhen() != null ? "not " + indexKey.includeWhen() + "() or a key field is null"
                : "a key field is null");
        method.beginControlFlow("if ($L)", String.join(" && ", conditions));
        addKeyAttributes(method, key);
        method.endControlFlow();
      }
    }
    method.addStatement("item.put($S, ENTITY_TYPE_VALUE)", table.entityTypeAttribute());
    for (FieldModel field : entity.fields()) {
      if (field.primitive()) {
        method.addStatement("item.put($S, $L.transformFrom(entity.$L()))", field.name(), converterConstant(field),
            field.name());
      } else {
        method.addStatement("$T.put(item, $S, $L, entity.$L(), ignoreNulls)", RuntimeTypes.ATTRIBUTES, field.name(),
            converterConstant(field), field.name());
      }
    }
    return method.addStatement("return item").build();
  }

  private void addKeyAttributes(MethodSpec.Builder method, KeyModel key) {
    KeyNaming naming = new KeyNaming(key);
    method.addStatement("item.put($S, $T.fromS($T.$L($L)))", key.partitionKeyAttribute(), RuntimeTypes.ATTRIBUTE_VALUE,
        Segments.keysClass(entity), naming.partitionKeyMethod(), accessors(key.partitionKey()));
    if (key.sortKey() != null) {
      method.addStatement("item.put($S, $T.fromS($T.$L($L)))", key.sortKeyAttribute(), RuntimeTypes.ATTRIBUTE_VALUE,
          Segments.keysClass(entity), naming.sortKeyMethod(), accessors(key.sortKey()));
    }
  }

  /** {@code entity.a(), entity.b()}: the template's distinct fields, as the Keys method takes them. */
  private static String accessors(TemplateModel template) {
    return String.join(", ", template.fields().stream().distinct().map(f -> "entity." + f + "()").toList());
  }

  private MethodSpec mapToItem() {
    List<CodeBlock> arguments = new ArrayList<>();
    for (FieldModel field : entity.fields()) {
      if (field.primitive()) {
        arguments.add(CodeBlock.of("$T.getOrDefault(item, $S, $L, $L)", RuntimeTypes.ATTRIBUTES, field.name(),
            converterConstant(field), defaultValue(field.type())));
      } else {
        arguments.add(CodeBlock.of("$T.get(item, $S, $L)", RuntimeTypes.ATTRIBUTES, field.name(),
            converterConstant(field)));
      }
    }
    return MethodSpec.methodBuilder("mapToItem")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(entity.className())
        .addParameter(mapType(), "item")
        .addStatement("return new $T(\n$L)", entity.className(), CodeBlock.join(arguments, ",\n"))
        .build();
  }

  private List<String> attributeNames() {
    Set<String> names = new LinkedHashSet<>();
    KeyModel primary = entity.key(table, null).orElseThrow();
    names.add(primary.partitionKeyAttribute());
    if (primary.sortKeyAttribute() != null) {
      names.add(primary.sortKeyAttribute());
    }
    for (IndexKeyModel indexKey : entity.indexKeys()) {
      KeyModel key = entity.key(table, indexKey.index()).orElseThrow();
      names.add(key.partitionKeyAttribute());
      if (key.sortKeyAttribute() != null) {
        names.add(key.sortKeyAttribute());
      }
    }
    names.add(table.entityTypeAttribute());
    entity.fields().forEach(field -> names.add(field.name()));
    return new ArrayList<>(names);
  }

  /** A HashMap capacity that holds every attribute without rehashing. */
  private int capacity() {
    return (int) Math.ceil(attributeNames().size() / 0.75);
  }

  private static TypeName mapType() {
    return ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class), RuntimeTypes.ATTRIBUTE_VALUE);
  }

  private static TypeName rawType(TypeName type) {
    return type instanceof ParameterizedTypeName parameterized ? parameterized.rawType() : type;
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
