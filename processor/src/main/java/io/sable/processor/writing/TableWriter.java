package io.sable.processor.writing;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.sable.processor.model.CollectionModel;
import io.sable.processor.model.EntityModel;
import io.sable.processor.model.IndexModel;
import io.sable.processor.model.KeyAttributeType;
import io.sable.processor.model.KeyModel;
import io.sable.processor.model.TableModel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code FooTable} for a {@code @Table} type {@code Foo}: the table's definition, the call
 * that creates it, one repository per entity, item-collection queries that decode each item into its
 * own entity class, its stream decoder, and one typed query per {@code @ItemCollection}.
 */
final class TableWriter {

  private final TableModel table;
  private final List<EntityModel> entities;
  private final List<CollectionModel> collections;

  TableWriter(TableModel table, List<EntityModel> entities, List<CollectionModel> collections) {
    this.table = table;
    this.entities = entities;
    this.collections = collections;
  }

  TypeSpec write() {
    ClassName name = table.generatedClass();
    TypeSpec.Builder type = TypeSpec.classBuilder(name)
        .addAnnotation(RuntimeTypes.GENERATED)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc("Table {@code $L} ($L): its definition, and a repository per entity stored in it.\n\n",
            table.name(), entityList())
        .addJavadoc("<pre>{@code\n$T table = $T.of(dynamoDbClient);\ntable.create();\n}</pre>\n", name, name)
        .addField(FieldSpec.builder(String.class, "DEFAULT_TABLE_NAME", Modifier.PUBLIC, Modifier.STATIC,
                Modifier.FINAL)
            .addJavadoc("The table name declared in {@code @Table}.\n")
            .initializer("$S", table.name())
            .build())
        .addField(FieldSpec.builder(RuntimeTypes.TABLE_DEFINITION, "DEFINITION", Modifier.PUBLIC, Modifier.STATIC,
                Modifier.FINAL)
            .addJavadoc("The table's key schema and secondary indexes, under {@link #DEFAULT_TABLE_NAME}.\n")
            .initializer(definition())
            .build())
        .addField(RuntimeTypes.TABLE_CLIENT, "table", Modifier.PRIVATE, Modifier.FINAL)
        .addField(RuntimeTypes.ENTITY_REGISTRY, "registry", Modifier.PRIVATE, Modifier.FINAL);
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PRIVATE)
        .addParameter(RuntimeTypes.DYNAMO_DB_CLIENT, "dynamoDb")
        .addParameter(String.class, "tableName")
        .addStatement("this.table = new $T($T.requireNonNull(dynamoDb, $S), DEFINITION.withTableName(tableName))",
            RuntimeTypes.TABLE_CLIENT, Objects.class, "dynamoDb")
        .addStatement("this.registry = new $T($S, $T.of($L))", RuntimeTypes.ENTITY_REGISTRY,
            table.entityTypeAttribute(), List.class, CodeBlock.join(entities.stream()
                .map(e -> CodeBlock.of("$T.INSTANCE", e.generated("Schema"))).toList(), ", "));
    for (EntityModel entity : entities) {
      ClassName repository = entity.generated("Repository");
      String field = Names.decapitalize(repository.simpleName());
      type.addField(repository, field, Modifier.PRIVATE, Modifier.FINAL);
      constructor.addStatement("this.$L = new $T(table)", field, repository);
      type.addMethod(MethodSpec.methodBuilder(field)
          .addModifiers(Modifier.PUBLIC)
          .returns(repository)
          .addJavadoc("The repository of {@link $T}.\n", entity.className())
          .addStatement("return $L", field)
          .build());
    }
    type.addMethod(constructor.build());
    type.addMethod(MethodSpec.methodBuilder("of")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(name)
        .addJavadoc("The table named {@link #DEFAULT_TABLE_NAME}, through any client: DynamoDB, DynamoDB Local, or "
            + "Sable's engine.\n")
        .addParameter(RuntimeTypes.DYNAMO_DB_CLIENT, "dynamoDb")
        .addStatement("return new $T(dynamoDb, DEFAULT_TABLE_NAME)", name)
        .build());
    type.addMethod(MethodSpec.methodBuilder("of")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(name)
        .addJavadoc("The same table under another name (per environment, for example).\n")
        .addParameter(RuntimeTypes.DYNAMO_DB_CLIENT, "dynamoDb")
        .addParameter(String.class, "tableName")
        .addStatement("return new $T(dynamoDb, tableName)", name)
        .build());
    type.addMethod(MethodSpec.methodBuilder("tableClient")
        .addModifiers(Modifier.PUBLIC)
        .returns(RuntimeTypes.TABLE_CLIENT)
        .addJavadoc("The client and definition, with this instance's table name.\n")
        .addStatement("return table")
        .build());
    type.addMethod(startsOnTable("transaction", RuntimeTypes.TRANSACTION, "Starts a transaction "
        + "(TransactWriteItems) on this table: puts, deletes, updates and condition checks of its entities, all or "
        + "nothing."));
    type.addMethod(startsOnTable("batchWrite", RuntimeTypes.BATCH_WRITE, "Starts a batch write (BatchWriteItem) on "
        + "this table: puts and deletes of its entities of any types, 25 per call, retried until done or a "
        + "deadline; not atomic."));
    type.addMethod(MethodSpec.methodBuilder("getAll")
        .addModifiers(Modifier.PUBLIC)
        .returns(ParameterizedTypeName.get(RuntimeTypes.ENTITIES_READ, ClassName.get(Object.class)))
        .addParameter(ParameterizedTypeName.get(ClassName.get(Collection.class),
            ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class), RuntimeTypes.ATTRIBUTE_VALUE)),
            "primaryKeys")
        .addParameter(Duration.class, "deadline")
        .addJavadoc("Reads the items with these primary keys, of any entity types (BatchGetItem, eventually "
            + "consistent, 100 keys per call), retrying {@code UnprocessedKeys} until every key is read or "
            + "{@code deadline} has passed. Each item is decoded into its own entity class (or an {@code "
            + "UnknownItem}); {@code entities(Class)} picks one class.\n\n")
        .addJavadoc("@param primaryKeys primary keys built by the {@code Keys} classes\n")
        .addJavadoc("@return the entities found (absent keys have none) and the keys left unread\n")
        .addStatement("return table.getItems(primaryKeys, registry, deadline)")
        .build());
    type.addMethod(MethodSpec.methodBuilder("create")
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("Creates the table (CreateTable, on-demand billing) and waits until it is {@code ACTIVE}.\n\n")
        .addJavadoc("@throws software.amazon.awssdk.services.dynamodb.model.ResourceInUseException if it exists\n")
        .addStatement("table.definition().create(table.dynamoDb())")
        .build());
    type.addMethod(MethodSpec.methodBuilder("collection")
        .addModifiers(Modifier.PUBLIC)
        .returns(ParameterizedTypeName.get(RuntimeTypes.QUERY, ClassName.OBJECT))
        .addJavadoc("A Query over one item collection of the table: every item with this partition key value, "
            + "in sort-key order, each decoded into its own entity class (or an {@code UnknownItem}).\n\n")
        .addJavadoc("@param partitionKey the partition key value, such as one built by a {@code Keys} class\n")
        .addParameter(keyValueType(table.partitionKeyType()), "partitionKey")
        .addStatement("return $T.on(table, registry).partitionKey($S, partitionKey).build()", RuntimeTypes.QUERY,
            table.partitionKey())
        .build());
    type.addMethod(MethodSpec.methodBuilder("streamDecoder")
        .addModifiers(Modifier.PUBLIC)
        .returns(RuntimeTypes.STREAM_DECODER)
        .addJavadoc("Decodes this table's stream records (DynamoDB Streams, the engine's streams, or a Lambda "
            + "{@code DynamodbEvent}) into change events whose old and new entities are each of the class their "
            + "stored entity type names (or an {@code UnknownItem}).\n")
        .addStatement("return new $T(registry)", RuntimeTypes.STREAM_DECODER)
        .build());
    for (CollectionModel collection : collections) {
      addCollection(type, collection);
    }
    return type.build();
  }

  /** {@code public Type name() { return new Type(table); }}, for the builders that start on the table. */
  private static MethodSpec startsOnTable(String name, ClassName type, String javadoc) {
    return MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PUBLIC)
        .returns(type)
        .addJavadoc(javadoc + "\n")
        .addStatement("return new $T(table)", type)
        .build();
  }

  private void addCollection(TypeSpec.Builder type, CollectionModel collection) {
    ClassName record = collection.className();
    List<CollectionModel.Member> members = collection.members();
    EntityModel first = entity(members.get(0));
    KeyModel key = first.key(table, collection.index()).orElseThrow();
    KeyNaming naming = new KeyNaming(key);
    String method = Names.decapitalize(record.simpleName());
    MethodSpec.Builder query = MethodSpec.methodBuilder(method)
        .addModifiers(Modifier.PUBLIC)
        .returns(ParameterizedTypeName.get(RuntimeTypes.COLLECTION_QUERY, record))
        .addJavadoc("Item collection {@link $T}: one Query on $L for partition key {@code $L}.\n", record,
            key.describe(), collection.partitionKey().text());
    List<String> parameters = KeysWriter.distinct(collection.partitionKey().fields());
    List<String> memberFields = KeysWriter.distinct(key.partitionKey().fields());
    for (int i = 0; i < parameters.size(); i++) {
      query.addParameter(KeysWriter.keyFieldType(first.field(memberFields.get(i)).orElseThrow()), parameters.get(i));
    }
    CodeBlock.Builder items = CodeBlock.builder().add("$T.on(table, registry)", RuntimeTypes.QUERY);
    if (collection.index() != null) {
      items.add("\n.index($S)", collection.index());
    }
    items.add("\n.partitionKey($S, $T.$L($L))\n.build()", key.partitionKeyAttribute(), Segments.keysClass(first),
        naming.partitionKeyMethod(), String.join(", ", parameters));
    ClassName builder = table.generatedClass().nestedClass(record.simpleName() + "Builder");
    type.addMethod(query.addStatement("return $T.of($L,\n$T::new)", RuntimeTypes.COLLECTION_QUERY, items.build(),
        builder).build());
    type.addType(collectionBuilder(builder, record, members));
  }

  private TypeSpec collectionBuilder(ClassName name, ClassName record, List<CollectionModel.Member> members) {
    TypeSpec.Builder builder = TypeSpec.classBuilder(name)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .addSuperinterface(ParameterizedTypeName.get(RuntimeTypes.COLLECTION_BUILDER, record));
    MethodSpec.Builder add = MethodSpec.methodBuilder("add")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .addParameter(Object.class, "item");
    List<CodeBlock> components = new ArrayList<>();
    boolean firstBranch = true;
    for (CollectionModel.Member member : members) {
      ClassName entity = entity(member).className();
      String variable = member.name() + "Item";
      if (member.cardinality() == CollectionModel.Cardinality.LIST) {
        builder.addField(FieldSpec.builder(ParameterizedTypeName.get(ClassName.get(List.class), entity), member.name(),
            Modifier.PRIVATE, Modifier.FINAL).initializer("new $T<>()", ArrayList.class).build());
        components.add(CodeBlock.of("$T.copyOf($L)", List.class, member.name()));
      } else {
        builder.addField(entity, member.name(), Modifier.PRIVATE);
        components.add(member.cardinality() == CollectionModel.Cardinality.OPTIONAL
            ? CodeBlock.of("$T.ofNullable($L)", Optional.class, member.name()) : CodeBlock.of("$L", member.name()));
      }
      if (firstBranch) {
        add.beginControlFlow("if (item instanceof $T $L)", entity, variable);
      } else {
        add.nextControlFlow("else if (item instanceof $T $L)", entity, variable);
      }
      if (member.cardinality() == CollectionModel.Cardinality.LIST) {
        add.addStatement("$L.add($L)", member.name(), variable);
      } else {
        add.addStatement("$L = $L", member.name(), variable);
      }
      firstBranch = false;
    }
    if (!members.isEmpty()) {
      add.endControlFlow();
    }
    return builder.addMethod(add.build())
        .addMethod(MethodSpec.methodBuilder("build")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(record)
            .addStatement("return new $T($L)", record, CodeBlock.join(components, ", "))
            .build())
        .build();
  }

  private EntityModel entity(CollectionModel.Member member) {
    return entities.stream().filter(e -> e.element().equals(member.entity())).findFirst().orElseThrow();
  }

  private static TypeName keyValueType(KeyAttributeType type) {
    return KeysWriter.keyValueType(type);
  }

  private CodeBlock entityList() {
    return entities.isEmpty()
        ? CodeBlock.of("no entities")
        : CodeBlock.join(entities.stream().map(e -> CodeBlock.of("{@link $T}", e.className())).toList(), ", ");
  }

  private CodeBlock definition() {
    CodeBlock.Builder code = CodeBlock.builder()
        .add("$T.builder(DEFAULT_TABLE_NAME)", RuntimeTypes.TABLE_DEFINITION)
        .add("\n    .partitionKey($S, $T.$L)", table.partitionKey(), RuntimeTypes.SCALAR_ATTRIBUTE_TYPE,
            table.partitionKeyType())
        .add("\n    .sortKey($S, $T.$L)", table.sortKey(), RuntimeTypes.SCALAR_ATTRIBUTE_TYPE,
            table.sortKeyType() == null ? KeyAttributeType.S : table.sortKeyType());
    for (IndexModel index : table.indexes()) {
      if (index.local()) {
        code.add("\n    .localSecondaryIndex($S, $S, $T.$L)", index.name(), index.sortKey(),
            RuntimeTypes.SCALAR_ATTRIBUTE_TYPE, index.sortKeyType());
      } else if (index.sortKey() == null) {
        code.add("\n    .globalSecondaryIndex($S, $S, $T.$L, null, null)", index.name(), index.partitionKey(),
            RuntimeTypes.SCALAR_ATTRIBUTE_TYPE, index.partitionKeyType());
      } else {
        code.add("\n    .globalSecondaryIndex($S, $S, $T.$L, $S, $T.$L)", index.name(), index.partitionKey(),
            RuntimeTypes.SCALAR_ATTRIBUTE_TYPE, index.partitionKeyType(), index.sortKey(),
            RuntimeTypes.SCALAR_ATTRIBUTE_TYPE, index.sortKeyType());
      }
    }
    entities.stream().flatMap(e -> e.ttlField().stream()).findFirst().ifPresent(ttl ->
        code.add("\n    .timeToLiveAttribute($S)", ttl.attributeName()));
    return code.add("\n    .build()").build();
  }
}
