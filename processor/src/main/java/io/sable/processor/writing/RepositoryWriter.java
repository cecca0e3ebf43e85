package io.sable.processor.writing;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import io.sable.processor.model.AccessPatternModel;
import io.sable.processor.model.AccessPlan;
import io.sable.processor.model.EntityModel;
import io.sable.processor.model.FieldModel;
import io.sable.processor.model.KeyAttributeType;
import io.sable.processor.model.KeyModel;
import io.sable.processor.model.TableModel;
import io.sable.processor.model.TemplateModel;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code FooRepository}: get, put, putAll and delete by key, {@code update} when the entity
 * has fields outside its keys, and one method per access pattern.
 */
final class RepositoryWriter {

  private final EntityModel entity;
  private final TableModel table;
  private final KeyModel primaryKey;

  RepositoryWriter(EntityModel entity, TableModel table) {
    this.entity = entity;
    this.table = table;
    this.primaryKey = entity.key(table, null).orElseThrow();
  }

  TypeSpec write() {
    ClassName entityClass = entity.className();
    ClassName schema = entity.generated("Schema");
    TypeName writerType = ParameterizedTypeName.get(RuntimeTypes.ENTITY_WRITER, entityClass);
    TypeName conditionType = ParameterizedTypeName.get(RuntimeTypes.CONDITION, WildcardTypeName.supertypeOf(entityClass));
    String version = entity.versionField().map(FieldModel::attributeName).orElse(null);
    CodeBlock unique = CodeBlock.join(entity.uniqueFields().stream()
        .map(f -> CodeBlock.of("$S", f.attributeName())).toList(), ", ");
    TypeSpec.Builder type = TypeSpec.classBuilder(entity.generated("Repository"))
        .addAnnotation(RuntimeTypes.GENERATED)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterface(ParameterizedTypeName.get(RuntimeTypes.ENTITY_REPOSITORY, entityClass))
        .addJavadoc("Reads and writes {@link $T} items: by primary key, and by each access pattern.\n", entityClass)
        .addField(FieldSpec.builder(ParameterizedTypeName.get(RuntimeTypes.ITEM_DECODER, entityClass), "DECODER",
                Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer("$T.of($T.INSTANCE)", RuntimeTypes.ITEM_DECODER, schema)
            .build())
        .addField(RuntimeTypes.TABLE_CLIENT, "table", Modifier.PRIVATE, Modifier.FINAL)
        .addField(writerType, "writer", Modifier.PRIVATE, Modifier.FINAL)
        .addMethod(MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc("@param table the table the entity is stored in\n")
            .addParameter(RuntimeTypes.TABLE_CLIENT, "table")
            .addStatement("this.table = $T.requireNonNull(table, $S)", Objects.class, "table")
            .addStatement("this.writer = new $T<>(table, $T.INSTANCE, $S, $T.of($L))", RuntimeTypes.ENTITY_WRITER,
                schema, version, List.class, unique)
            .build())
        .addMethod(MethodSpec.methodBuilder("writer")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(writerType)
            .addStatement("return writer")
            .build());
    String rules = describeRules();
    String keyArguments = String.join(", ", primaryKey.fields());
    type.addMethod(keyMethod("get")
        .returns(ParameterizedTypeName.get(ClassName.get(Optional.class), entityClass))
        .addJavadoc("Reads the item with this primary key (GetItem, eventually consistent).\n\n")
        .addJavadoc("@return the entity, or empty if there is no such item\n")
        .addStatement("return table.getItem($T.primaryKey($L), $T.INSTANCE)", Segments.keysClass(entity),
            keyArguments, schema)
        .build());
    type.addMethod(keyMethod("getConsistent")
        .returns(ParameterizedTypeName.get(ClassName.get(Optional.class), entityClass))
        .addJavadoc("Reads the item with this primary key (GetItem, strongly consistent: it reflects every write "
            + "acknowledged before it, for twice the read capacity). Read this way before a conditional or "
            + "versioned write.\n\n")
        .addJavadoc("@return the entity, or empty if there is no such item\n")
        .addStatement("return table.getItem($T.primaryKey($L), $T.INSTANCE, true)", Segments.keysClass(entity),
            keyArguments, schema)
        .build());
    String entityParameter = Names.decapitalize(entityClass.simpleName());
    type.addMethod(MethodSpec.methodBuilder("put")
        .addModifiers(Modifier.PUBLIC)
        .returns(entityClass)
        .addJavadoc("Writes the entity, replacing any item with the same primary key (PutItem$L).\n\n", rules)
        .addJavadoc("@return the entity as stored$L\n", version == null ? "" : ", with its new version")
        .addParameter(entityClass, entityParameter)
        .addStatement("return writer.put($L, null)", entityParameter)
        .build());
    type.addMethod(MethodSpec.methodBuilder("put")
        .addModifiers(Modifier.PUBLIC)
        .returns(entityClass)
        .addJavadoc("Writes the entity if the condition holds for the stored item ({@code ConditionExpression}).\n\n")
        .addJavadoc("@throws software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException if it "
            + "does not\n")
        .addParameter(entityClass, entityParameter)
        .addParameter(conditionType, "condition")
        .addStatement("return writer.put($L, condition)", entityParameter)
        .build());
    MethodSpec.Builder putAll = MethodSpec.methodBuilder("putAll")
        .addModifiers(Modifier.PUBLIC)
        .addParameter(ParameterizedTypeName.get(ClassName.get(Collection.class), entityClass), "entities");
    if (entity.hasWriteRules()) {
      putAll.addJavadoc("Writes many entities, one conditional put each: a batch write cannot carry the $L.\n",
              rules.substring(", with ".length()))
          .addStatement("entities.forEach(e -> writer.put(e, null))");
    } else {
      putAll.addJavadoc("Writes many entities with BatchWriteItem, 25 per call, retrying unprocessed items for up "
              + "to 30 seconds; not atomic. {@code putAll(entities, deadline)} reports what is left instead.\n\n")
          .addJavadoc("@throws io.sable.runtime.batch.UnprocessedWritesException if some entities are still "
              + "unwritten then\n")
          .addStatement("table.putItems(entities, $T.INSTANCE)", schema);
    }
    type.addMethod(putAll.build());
    type.addMethod(keyMethod("delete")
        .addJavadoc("Deletes the item with this primary key, if there is one (DeleteItem$L).\n", rules)
        .addStatement("writer.delete($T.primaryKey($L), null, null)", Segments.keysClass(entity), keyArguments)
        .build());
    type.addMethod(MethodSpec.methodBuilder("delete")
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("Deletes the entity's item, if there is one (DeleteItem by its primary key$L).\n", rules)
        .addParameter(entityClass, entityParameter)
        .addStatement("writer.delete($L, null)", entityParameter)
        .build());
    type.addMethod(MethodSpec.methodBuilder("delete")
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("Deletes the entity's item if the condition holds for it.\n")
        .addParameter(entityClass, entityParameter)
        .addParameter(conditionType, "condition")
        .addStatement("writer.delete($L, condition)", entityParameter)
        .build());
    if (UpdateWriter.hasUpdate(entity, table)) {
      ClassName update = entity.generated("Update");
      MethodSpec.Builder method = keyMethod("update")
          .returns(update)
          .addJavadoc("Starts an update of the item with this primary key (UpdateItem), which creates the item "
              + "if absent.\n");
      if (version != null) {
        method.addJavadoc("\n@param expectedVersion the version the item must have (0: it must not exist yet)\n")
            .addParameter(TypeName.LONG, "expectedVersion")
            .addStatement("return new $T(writer, $L, expectedVersion)", update, keyArguments);
      } else {
        method.addStatement("return new $T(writer, $L, null)", update, keyArguments);
      }
      type.addMethod(method.build());
    }
    for (AccessPatternModel pattern : entity.accessPatterns()) {
      AccessPlan.plan(entity, table, pattern).ifPresent(plan -> type.addMethod(accessPattern(plan)));
    }
    return type.build();
  }

  /** ", with its @Version condition and unique items" or empty. */
  private String describeRules() {
    List<String> rules = new ArrayList<>();
    entity.versionField().ifPresent(f -> rules.add("the {@code @Version} condition on {@code " + f.name() + "}"));
    if (!entity.uniqueFields().isEmpty()) {
      rules.add("the uniqueness items of " + String.join(", ", entity.uniqueFields().stream()
          .map(f -> "{@code " + f.name() + "}").toList()) + " in one transaction");
    }
    return rules.isEmpty() ? "" : ", with " + String.join(" and ", rules);
  }

  private MethodSpec.Builder keyMethod(String name) {
    MethodSpec.Builder method = MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC);
    primaryKey.fields().forEach(field -> method.addParameter(field(field).type(), field));
    return method;
  }

  private MethodSpec accessPattern(AccessPlan plan) {
    MethodSpec.Builder method = MethodSpec.methodBuilder(plan.pattern().name()).addModifiers(Modifier.PUBLIC);
    plan.parameters().forEach(field -> method.addParameter(KeysWriter.keyFieldType(field(field)), field));
    ClassName keys = Segments.keysClass(entity);
    if (plan instanceof AccessPlan.GetItem get) {
      return method
          .returns(ParameterizedTypeName.get(ClassName.get(Optional.class), entity.className()))
          .addJavadoc("Access pattern {@code $L}: a GetItem on $L.\n", plan.pattern().name(), get.key().describe())
          .addStatement("return table.getItem($T.primaryKey($L), $T.INSTANCE)", keys,
              String.join(", ", get.key().fields()), entity.generated("Schema"))
          .build();
    }
    if (plan instanceof AccessPlan.Scan scan) {
      List<String> types = entity.isSealed()
          ? entity.subtypes().stream().map(EntityModel::entityType).toList() : List.of(entity.entityType());
      return method
          .returns(ParameterizedTypeName.get(RuntimeTypes.SCAN, entity.className()))
          .addJavadoc("Access pattern {@code $L}: a Scan of $L, keeping the items of entity type $L. It reads (and "
              + "pays for) every item.\n", plan.pattern().name(),
              scan.index() == null ? "the table" : "index " + scan.index().name(), String.join(", ", types))
          .addStatement("return $T.of(table, DECODER, $S, $S, $T.of($L))", RuntimeTypes.SCAN,
              scan.index() == null ? null : scan.index().name(), table.entityTypeAttribute(), Set.class,
              CodeBlock.join(types.stream().map(t -> CodeBlock.of("$S", t)).toList(), ", "))
          .build();
    }
    AccessPlan.Query query = (AccessPlan.Query) plan;
    KeyModel key = query.key();
    KeyNaming naming = new KeyNaming(key);
    CodeBlock.Builder code = CodeBlock.builder().add("return $T.on(table, DECODER)", RuntimeTypes.QUERY);
    if (!key.isPrimary()) {
      code.add("\n.index($S)", key.indexName());
    }
    method.addJavadoc("Access pattern {@code $L}: a Query on $L, partition key {@code $L}", plan.pattern().name(),
        key.describe(), key.partitionKey().text());
    if (key.isSharded()) {
      code.add("\n.partitionKeys($S, $T.$L($L))", key.partitionKeyAttribute(), keys, naming.partitionKeysMethod(),
          String.join(", ", KeysWriter.distinct(key.partitionKey().fields())));
    } else {
      code.add("\n.partitionKey($S, $T.$L($L))", key.partitionKeyAttribute(), keys, naming.partitionKeyMethod(),
          String.join(", ", KeysWriter.distinct(key.partitionKey().fields())));
    }
    TypeName returns;
    if (query.hasRangeField()) {
      TemplateModel sortKey = key.sortKey();
      int position = query.boundSortKeyFields();
      FieldModel rangeField = field(sortKey.fields().get(position));
      if (key.sortKeyType() == KeyAttributeType.S) {
        List<CodeBlock> bound = new ArrayList<>();
        for (int i = 0; i < position; i++) {
          bound.add(Segments.encode(sortKey, i, entity, CodeBlock.of("$L", sortKey.fields().get(i))));
        }
        boolean last = position == sortKey.fields().size() - 1;
        code.add("\n.sortKeyRange($S, $T.$L.prefix($L), $L, $S, $L)", key.sortKeyAttribute(), keys,
            naming.sortKeyConstant(), CodeBlock.join(bound, ", "),
            Segments.codec(rangeField, sortKey.template().segmentFormat(position), entity), sortKey.literal(position + 1),
            last);
      } else {
        code.add("\n.sortKeyRange($S, $T::$L)", key.sortKeyAttribute(), keys, naming.sortKeyMethod());
      }
      method.addJavadoc(", sort-key conditions on {@code $L} of {@code $L}", rangeField.name(), sortKey.text());
      returns = ParameterizedTypeName.get(RuntimeTypes.RANGE_QUERY, entity.className(), rangeField.valueType());
    } else {
      if (key.sortKey() != null) {
        code.add("\n.sortKeyEqualTo($S, $T.$L($L))", key.sortKeyAttribute(), keys, naming.sortKeyMethod(),
            String.join(", ", key.sortKey().encoderFields()));
        method.addJavadoc(", sort key {@code $L}", key.sortKey().text());
      }
      code.add("\n.build()");
      returns = ParameterizedTypeName.get(RuntimeTypes.QUERY, entity.className());
    }
    if (key.allowsConsistentRead() && !key.isPrimary()) {
      method.addJavadoc(". Local index: {@code consistentRead()} is allowed");
    }
    if (key.isSharded()) {
      method.addJavadoc(".\n\n<p>The partition key is write-sharded: each page reads all $L shards, one Query each (it "
          + "costs $L queries, sent one after another, or at once with {@code inParallel(executor)}), and merges "
          + "their items in sort-key order; its cursor holds a position per shard", key.shardCount(), key.shardCount());
    }
    return method.addJavadoc(".\n").returns(returns).addStatement(code.build()).build();
  }

  private FieldModel field(String name) {
    return entity.field(name).orElseThrow();
  }

}
