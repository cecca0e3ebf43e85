package io.sable.processor.writing;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import io.sable.processor.model.EntityModel;
import io.sable.processor.model.IndexModel;
import io.sable.processor.model.TableModel;
import java.util.List;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code FooTable} for a {@code @Table} type {@code Foo}: the table's definition, the call
 * that creates it, one repository per entity, and item-collection queries that decode each item into
 * its own entity class.
 */
final class TableWriter {

  private final TableModel table;
  private final List<EntityModel> entities;

  TableWriter(TableModel table, List<EntityModel> entities) {
    this.table = table;
    this.entities = entities;
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
            .addJavadoc("The table's key schema and global secondary indexes, under {@link #DEFAULT_TABLE_NAME}.\n")
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
        .addParameter(String.class, "partitionKey")
        .addStatement("return $T.on(table, registry).partitionKey($S, partitionKey).build()", RuntimeTypes.QUERY,
            table.partitionKey())
        .build());
    return type.build();
  }

  private CodeBlock entityList() {
    return entities.isEmpty()
        ? CodeBlock.of("no entities")
        : CodeBlock.join(entities.stream().map(e -> CodeBlock.of("{@link $T}", e.className())).toList(), ", ");
  }

  private CodeBlock definition() {
    CodeBlock.Builder code = CodeBlock.builder()
        .add("$T.builder(DEFAULT_TABLE_NAME)", RuntimeTypes.TABLE_DEFINITION)
        .add("\n    .partitionKey($S)", table.partitionKey())
        .add("\n    .sortKey($S)", table.sortKey());
    for (IndexModel index : table.indexes()) {
      code.add("\n    .globalSecondaryIndex($S, $S, $S)", index.name(), index.partitionKey(), index.sortKey());
    }
    return code.add("\n    .build()").build();
  }
}
