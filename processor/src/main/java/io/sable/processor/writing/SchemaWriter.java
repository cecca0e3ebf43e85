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
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code FooSchema}: the mapping between an entity and its items, as an {@code EntitySchema}
 * (an Enhanced Client {@code TableSchema}) without reflection. For a sealed interface it writes one
 * schema per permitted record and one for the interface, which dispatches on the stored entity type.
 */
final class SchemaWriter {

  private static final TypeName MAP = KeysWriter.KEY_MAP;

  private final EntityModel stored;
  private final EntityModel keys;
  private final TableModel table;

  /**
   * @param stored the entity whose fields are stored (a record of a sealed interface, or the entity)
   * @param keys the entity that declares the key templates (the sealed interface, or the entity)
   */
  SchemaWriter(EntityModel stored, EntityModel keys, TableModel table) {
    this.stored = stored;
    this.keys = keys;
    this.table = table;
  }

  TypeSpec write() {
    ClassName entityClass = stored.className();
    TypeSpec.Builder type = header(stored.generated("Schema"), entityClass, stored.entityType(),
        attributeNames(stored.fields()));
    addConverters(type, stored.fields());
    type.addMethod(primaryKey(entityClass));
    type.addMethod(itemToMap());
    type.addMethod(MethodSpec.methodBuilder("mapToItem")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(entityClass)
        .addParameter(MAP, "item")
        .addCode(Access.construct(entityClass, stored.shape(), stored.fields(),
            field -> Access.fromItem(field, CodeBlock.of("$L", Converters.constant(field)))))
        .build());
    return type.build();
  }

  /** The schema of a sealed interface: it dispatches to its records' schemas. */
  TypeSpec writeSealed() {
    ClassName entityClass = keys.className();
    Set<String> names = new LinkedHashSet<>();
    keys.subtypes().forEach(subtype -> names.addAll(attributeNames(subtype.fields())));
    TypeSpec.Builder type = header(keys.generated("Schema"), entityClass, keys.entityType(), new ArrayList<>(names));
    addConverters(type, keys.fields());
    type.addMethod(primaryKey(entityClass));
    type.addMethod(MethodSpec.methodBuilder("entityTypes")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(ParameterizedTypeName.get(ClassName.get(Set.class), ClassName.get(String.class)))
        .addStatement("return $T.of($L)", Set.class, CodeBlock.join(keys.subtypes().stream()
            .map(s -> CodeBlock.of("$S", s.entityType())).toList(), ", "))
        .build());
    MethodSpec.Builder toMap = MethodSpec.methodBuilder("itemToMap")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(MAP)
        .addParameter(entityClass, "entity")
        .addParameter(TypeName.BOOLEAN, "ignoreNulls");
    MethodSpec.Builder fromMap = MethodSpec.methodBuilder("mapToItem")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(entityClass)
        .addParameter(MAP, "item")
        .addStatement("$T entityType = $T.keyAttribute(item, $S).s()", String.class, RuntimeTypes.ATTRIBUTES,
            table.entityTypeAttribute());
    for (EntityModel subtype : keys.subtypes()) {
      String variable = Names.decapitalize(subtype.className().simpleName());
      toMap.beginControlFlow("if (entity instanceof $T $L)", subtype.className(), variable)
          .addStatement("return $T.INSTANCE.itemToMap($L, ignoreNulls)", subtype.generated("Schema"), variable)
          .endControlFlow();
      fromMap.beginControlFlow("if (entityType.equals($S))", subtype.entityType())
          .addStatement("return $T.INSTANCE.mapToItem(item)", subtype.generated("Schema"))
          .endControlFlow();
    }
    toMap.addStatement("throw new $T($S + entity)", IllegalArgumentException.class, "Not a permitted subclass: ");
    fromMap.addStatement("throw new $T($S + entityType)", IllegalArgumentException.class,
        "Not an entity type of " + keys.className().simpleName() + ": ");
    return type.addMethod(toMap.build()).addMethod(fromMap.build()).build();
  }

  private TypeSpec.Builder header(ClassName name, ClassName entityClass, String entityType, List<String> attributes) {
    TypeSpec.Builder type = TypeSpec.classBuilder(name)
        .addAnnotation(RuntimeTypes.GENERATED)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .superclass(ParameterizedTypeName.get(RuntimeTypes.ENTITY_SCHEMA, entityClass))
        .addJavadoc("The items of {@link $T}: its fields as attributes, its key attributes computed from its key "
            + "templates, and {@code $L = $S}.\n\n", entityClass, table.entityTypeAttribute(), entityType)
        .addJavadoc("<p>An Enhanced Client {@code TableSchema}, written without reflection.\n");
    type.addField(FieldSpec.builder(name, "INSTANCE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("The schema; it holds no state.\n")
        .initializer("new $T()", name)
        .build());
    type.addField(FieldSpec.builder(String.class, "ENTITY_TYPE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("The entity type stored in attribute {@code $L}.\n", table.entityTypeAttribute())
        .initializer("$S", entityType)
        .build());
    type.addField(FieldSpec.builder(RuntimeTypes.ATTRIBUTE_VALUE, "ENTITY_TYPE_VALUE", Modifier.STATIC, Modifier.FINAL)
        .initializer("$T.fromS(ENTITY_TYPE)", RuntimeTypes.ATTRIBUTE_VALUE)
        .build());
    type.addMethod(MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PRIVATE)
        .addStatement("super($T.class, ENTITY_TYPE, $S, $T.DEFINITION.tableMetadata(),\n$T.of($L))",
            entityClass, table.entityTypeAttribute(), table.generatedClass(), List.class,
            CodeBlock.join(attributes.stream().map(a -> CodeBlock.of("$S", a)).toList(), ", "))
        .build());
    return type;
  }

  /** The converter constants, package-private so that the update and attributes classes share them. */
  static void addConverters(TypeSpec.Builder type, List<FieldModel> fields) {
    for (FieldModel field : fields) {
      type.addField(FieldSpec.builder(Converters.type(field), Converters.constant(field), Modifier.STATIC,
              Modifier.FINAL)
          .initializer(Converters.initializer(field))
          .build());
    }
  }

  private MethodSpec primaryKey(ClassName entityClass) {
    return MethodSpec.methodBuilder("primaryKey")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(MAP)
        .addParameter(entityClass, "entity")
        .addStatement("return $T.primaryKey(entity)", Segments.keysClass(keys))
        .build();
  }

  private MethodSpec itemToMap() {
    MethodSpec.Builder method = MethodSpec.methodBuilder("itemToMap")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(MAP)
        .addParameter(stored.className(), "entity")
        .addParameter(TypeName.BOOLEAN, "ignoreNulls")
        .addStatement("$T item = new $T<>($L)", MAP, HashMap.class,
            (int) Math.ceil(attributeNames(stored.fields()).size() / 0.75));
    addKeyAttributes(method, keys.key(table, null).orElseThrow(), true, true);
    for (KeyModel key : keys.indexKeysOf(table)) {
      if (table.isDerived(key.index())) {
        continue;
      }
      IndexKeyModel declared = keys.indexKey(key.indexName()).orElseThrow();
      List<String> conditions = new ArrayList<>();
      if (declared.includeWhen() != null) {
        conditions.add("entity." + declared.includeWhen() + "()");
      }
      for (String name : key.fields()) {
        FieldModel field = keys.field(name).orElseThrow();
        if (field.nullable()) {
          conditions.add(field.optional() ? "entity." + field.accessor() + "().isPresent()"
              : "entity." + field.accessor() + "() != null");
        }
      }
      boolean local = key.index().local();
      if (conditions.isEmpty()) {
        addKeyAttributes(method, key, !local, true);
      } else {
        method.addComment("Sparse: absent from $L when $L", key.describe(), declared.includeWhen() != null
            ? "not " + declared.includeWhen() + "() or a key field is empty" : "a key field is empty");
        method.beginControlFlow("if ($L)", String.join(" && ", conditions));
        addKeyAttributes(method, key, !local, true);
        method.endControlFlow();
      }
    }
    method.addStatement("item.put($S, ENTITY_TYPE_VALUE)", table.entityTypeAttribute());
    for (FieldModel field : stored.fields()) {
      CodeBlock value = Access.read(field, "entity");
      if (field.primitive()) {
        method.addStatement("item.put($S, $L.transformFrom($L))", field.attributeName(), Converters.constant(field),
            value);
      } else {
        method.addStatement("$T.put(item, $S, $L, $L, ignoreNulls)", RuntimeTypes.ATTRIBUTES, field.attributeName(),
            Converters.constant(field), value);
      }
    }
    return method.addStatement("return item").build();
  }

  private void addKeyAttributes(MethodSpec.Builder method, KeyModel key, boolean partition, boolean sort) {
    KeyNaming naming = new KeyNaming(key);
    if (partition) {
      method.addStatement("item.put($S, $L)", key.partitionKeyAttribute(), KeysWriter.keyAttributeValue(
          key.partitionKeyType(), keyCall(naming.partitionKeyMethod(), key.partitionKey())));
    }
    if (sort && key.sortKey() != null) {
      method.addStatement("item.put($S, $L)", key.sortKeyAttribute(), KeysWriter.keyAttributeValue(
          key.sortKeyType(), keyCall(naming.sortKeyMethod(), key.sortKey())));
    }
  }

  /** {@code FooKeys.sortKey(entity.a(), entity.b())}: the template's distinct fields, as the method takes them. */
  private CodeBlock keyCall(String method, TemplateModel template) {
    List<CodeBlock> arguments = new ArrayList<>();
    for (String name : template.encoderFields()) {
      arguments.add(Access.read(keys.field(name).orElseThrow(), "entity"));
    }
    return CodeBlock.of("$T.$L($L)", Segments.keysClass(keys), method, CodeBlock.join(arguments, ", "));
  }

  private List<String> attributeNames(List<FieldModel> fields) {
    Set<String> names = new LinkedHashSet<>();
    KeyModel primary = keys.key(table, null).orElseThrow();
    names.add(primary.partitionKeyAttribute());
    if (primary.sortKeyAttribute() != null) {
      names.add(primary.sortKeyAttribute());
    }
    for (KeyModel key : keys.indexKeysOf(table)) {
      names.add(key.partitionKeyAttribute());
      if (key.sortKeyAttribute() != null) {
        names.add(key.sortKeyAttribute());
      }
    }
    names.add(table.entityTypeAttribute());
    fields.forEach(field -> names.add(field.attributeName()));
    return new ArrayList<>(names);
  }
}
