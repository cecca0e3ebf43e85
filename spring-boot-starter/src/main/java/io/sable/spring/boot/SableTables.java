package io.sable.spring.boot;

import io.sable.runtime.table.TableClass;
import io.sable.runtime.table.TableDefinition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;

/**
 * The generated tables the application registered ({@code sable.tables}), opened on its {@code
 * DynamoDbClient} under their physical names; the auto-configuration exposes each table and each of
 * its repositories as a bean taken from here.
 */
public final class SableTables {

  private final Map<Class<?>, TableClass<?>> classes = new LinkedHashMap<>();
  private final Map<Class<?>, Object> tables = new LinkedHashMap<>();
  private final Map<Class<?>, TableDefinition> definitions = new LinkedHashMap<>();

  /**
   * Opens the tables, and creates those that do not exist when {@code create} is set.
   *
   * @param dynamoDb the client
   * @param types the generated table classes
   * @param tablePrefix what precedes each declared table name
   * @param create whether to create missing tables (CreateTable, then wait until ACTIVE)
   * @throws IllegalArgumentException if a class is not a generated table class
   */
  public SableTables(DynamoDbClient dynamoDb, List<Class<?>> types, String tablePrefix, boolean create) {
    Objects.requireNonNull(dynamoDb, "dynamoDb");
    for (Class<?> type : types) {
      TableClass<?> table = TableClass.of(type);
      TableDefinition definition = table.definition().withTableName(tablePrefix + table.definition().tableName());
      if (create && !exists(dynamoDb, definition.tableName())) {
        definition.create(dynamoDb);
      }
      classes.put(type, table);
      definitions.put(type, definition);
      tables.put(type, table.open(dynamoDb, definition.tableName()));
    }
  }

  private static boolean exists(DynamoDbClient dynamoDb, String tableName) {
    try {
      dynamoDb.describeTable(b -> b.tableName(tableName));
      return true;
    } catch (ResourceNotFoundException e) {
      return false;
    }
  }

  /** The physical names of the tables, in registration order. */
  public List<String> tableNames() {
    List<String> names = new ArrayList<>();
    definitions.values().forEach(d -> names.add(d.tableName()));
    return names;
  }

  /**
   * The opened table of this generated class.
   *
   * @throws IllegalArgumentException if it is not registered
   */
  public <T> T table(Class<T> type) {
    Object table = tables.get(type);
    if (table == null) {
      throw new IllegalArgumentException(type.getName() + " is not in sable.tables " + tables.keySet());
    }
    return type.cast(table);
  }

  /**
   * The repository of this class from the registered table that has it.
   *
   * @throws IllegalArgumentException if no registered table has it
   */
  public <R> R repository(Class<R> repositoryType) {
    return classes.values().stream()
        .flatMap(table -> table.repositoryFrom(tables.get(table.type()), repositoryType).stream())
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException(
            "No table in sable.tables has a repository " + repositoryType.getName()));
  }
}
