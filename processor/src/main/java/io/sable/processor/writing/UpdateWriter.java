package io.sable.processor.writing;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.WildcardTypeName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import io.sable.processor.model.EntityModel;
import io.sable.processor.model.FieldModel;
import io.sable.processor.model.KeyModel;
import io.sable.processor.model.TableModel;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code FooUpdate}: a typed UpdateItem on one item, with a {@code set}, {@code add} (numbers)
 * and {@code remove} (nullable fields) method per field that no key template uses.
 *
 * <p>Fields in key templates are left out, because changing them moves the item to another key or
 * index key: write the whole entity with {@code put} instead. An entity with a conditional index
 * ({@code includeWhen}) gets no update class, since any field may decide its membership, and neither
 * does a sealed interface, whose records differ. Each update also sets the entity type, the key
 * fields and the index keys computed from them, so that an update of an absent item creates a
 * complete one.
 */
final class UpdateWriter {

  private final EntityModel entity;
  private final TableModel table;

  UpdateWriter(EntityModel entity, TableModel table) {
    this.entity = entity;
    this.table = table;
  }

  /** Whether the entity gets an update class. */
  static boolean hasUpdate(EntityModel entity, TableModel table) {
    return !entity.isSealed()
        && entity.indexKeys().stream().allMatch(key -> key.includeWhen() == null)
        && !updatableFields(entity, table).isEmpty();
  }

  private static List<FieldModel> updatableFields(EntityModel entity, TableModel table) {
    Set<String> keyFields = new HashSet<>(entity.key(table, null).orElseThrow().encoderFields());
    entity.indexKeysOf(table).forEach(key -> keyFields.addAll(key.encoderFields()));
    return entity.fields().stream()
        .filter(f -> !keyFields.contains(f.name()) && !f.version() && !f.unique())
        .toList();
  }

  TypeSpec write() {
    ClassName name = entity.generated("Update");
    ClassName schema = entity.generated("Schema");
    ClassName entityClass = entity.className();
    KeyModel primary = entity.key(table, null).orElseThrow();
    TypeSpec.Builder type = TypeSpec.classBuilder(name)
        .addAnnotation(RuntimeTypes.GENERATED)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .superclass(ParameterizedTypeName.get(RuntimeTypes.ENTITY_UPDATE, entityClass))
        .addJavadoc("An UpdateItem on one {@link $T} item, which creates the item if it is absent: run it with {@code "
            + "apply()}, or add it to a transaction. Single use; not thread-safe.\n\n", entityClass)
        .addJavadoc("<p>A later action on a field replaces an earlier one. Key$L fields are not updatable: change "
            + "them with {@code put}.\n", entity.uniqueFields().isEmpty() ? "" : " and unique");
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
        .addParameter(ParameterizedTypeName.get(RuntimeTypes.ENTITY_WRITER, entityClass), "writer");
    primary.fields().forEach(field -> constructor.addParameter(field(field).type(), field));
    constructor.addParameter(ClassName.get(Long.class), "expectedVersion")
        .addStatement("super(writer, $T.primaryKey($L), expectedVersion)", Segments.keysClass(entity),
            String.join(", ", primary.fields()))
        .addStatement("actions().set($S, $T.ENTITY_TYPE_VALUE)", table.entityTypeAttribute(), schema);
    for (String field : primary.fields()) {
      constructor.addStatement("actions().set($S, $T.$L.transformFrom($L))", field(field).attributeName(), schema,
          Converters.constant(field(field)), field);
    }
    for (KeyModel key : entity.indexKeysOf(table)) {
      if (table.isDerived(key.index()) || !primary.fields().containsAll(key.encoderFields())) {
        continue;
      }
      KeyNaming naming = new KeyNaming(key);
      if (!key.index().local()) {
        constructor.addStatement("actions().set($S, $L)", key.partitionKeyAttribute(), KeysWriter.keyAttributeValue(
            key.partitionKeyType(), CodeBlock.of("$T.$L($L)", Segments.keysClass(entity), naming.partitionKeyMethod(),
                String.join(", ", key.partitionKey().encoderFields()))));
      }
      if (key.sortKey() != null) {
        constructor.addStatement("actions().set($S, $L)", key.sortKeyAttribute(), KeysWriter.keyAttributeValue(
            key.sortKeyType(), CodeBlock.of("$T.$L($L)", Segments.keysClass(entity), naming.sortKeyMethod(),
                String.join(", ", KeysWriter.distinct(key.sortKey().fields())))));
      }
    }
    type.addMethod(constructor.build());
    for (FieldModel field : updatableFields(entity, table)) {
      addActions(type, name, schema, field);
    }
    type.addMethod(MethodSpec.methodBuilder("condition")
        .addModifiers(Modifier.PUBLIC)
        .returns(name)
        .addJavadoc("Applies the update only if the condition holds for the stored item ({@code "
            + "ConditionExpression}); a second condition replaces the first.\n")
        .addParameter(ParameterizedTypeName.get(RuntimeTypes.CONDITION, WildcardTypeName.supertypeOf(entityClass)),
            "condition")
        .addStatement("setCondition(condition)")
        .addStatement("return this")
        .build());
    return type.build();
  }

  private void addActions(TypeSpec.Builder type, ClassName name, ClassName schema, FieldModel field) {
    String capitalized = Names.capitalize(field.name());
    String attribute = field.attributeName();
    CodeBlock converter = CodeBlock.of("$T.$L", schema, Converters.constant(field));
    MethodSpec.Builder set = MethodSpec.methodBuilder("set" + capitalized)
        .addModifiers(Modifier.PUBLIC)
        .returns(name)
        .addParameter(field.type(), field.name());
    if (field.primitive()) {
      set.addJavadoc("Sets {@code $L} ({@code SET}).\n", field.name())
          .addStatement("actions().set($S, $L.transformFrom($L))", attribute, converter, field.name());
    } else if (field.optional()) {
      set.addJavadoc("Sets {@code $L} ({@code SET}), or removes it when empty ({@code REMOVE}).\n", field.name())
          .beginControlFlow("if ($T.requireNonNull($L, $S).isEmpty())", Objects.class, field.name(), field.name())
          .addStatement("actions().remove($S)", attribute)
          .nextControlFlow("else")
          .addStatement("actions().set($S, $L.transformFrom($L.get()))", attribute, converter, field.name())
          .endControlFlow();
    } else {
      set.addJavadoc("Sets {@code $L} ({@code SET}), or removes it when {@code null} ({@code REMOVE}).\n", field.name())
          .beginControlFlow("if ($L == null)", field.name())
          .addStatement("actions().remove($S)", attribute)
          .nextControlFlow("else")
          .addStatement("actions().set($S, $L.transformFrom($L))", attribute, converter, field.name())
          .endControlFlow();
    }
    type.addMethod(set.addStatement("return this").build());
    if (field.kind().isNumeric()) {
      MethodSpec.Builder add = MethodSpec.methodBuilder("add" + capitalized)
          .addModifiers(Modifier.PUBLIC)
          .returns(name)
          .addJavadoc("Adds {@code delta} to {@code $L}, counting an absent value as zero ({@code ADD}).\n",
              field.name())
          .addParameter(field.primitive() ? field.type() : field.valueType(), "delta");
      if (!field.primitive()) {
        add.addStatement("$T.requireNonNull(delta, $S)", Objects.class, "delta");
      }
      type.addMethod(add.addStatement("actions().add($S, $L.transformFrom(delta))", attribute, converter)
          .addStatement("return this")
          .build());
    }
    if (!field.primitive()) {
      type.addMethod(MethodSpec.methodBuilder("remove" + capitalized)
          .addModifiers(Modifier.PUBLIC)
          .returns(name)
          .addJavadoc("Removes {@code $L} ({@code REMOVE}).\n", field.name())
          .addStatement("actions().remove($S)", attribute)
          .addStatement("return this")
          .build());
    }
  }

  private FieldModel field(String name) {
    return entity.field(name).orElseThrow();
  }
}
