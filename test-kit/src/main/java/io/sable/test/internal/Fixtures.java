package io.sable.test.internal;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.sable.runtime.table.TableClass;
import io.sable.runtime.table.TableDefinition;
import io.sable.runtime.batch.BatchWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Writes a JSON fixture into a test's tables. The fixture is an object whose keys each name a table
 * (then its array holds DynamoDB JSON items, or {@code PutRequest}s as {@code aws dynamodb
 * batch-write-item} takes them) or an entity (then its array holds plain JSON objects, read into the
 * entity's class and written through its generated schema):
 *
 * <pre>{@code
 * {
 *   "Flights": [{"PK": {"S": "AIRPORT#SEA"}, "SK": {"S": "PROFILE"}, "_type": {"S": "Airport"}}],
 *   "Flight":  [{"origin": "SEA", "departure": "2001-01-13T14:56:00", "id": 1, "destination": "LAX",
 *                "delay": 75, "distance": 954}]
 * }
 * }</pre>
 */
public final class Fixtures {

  /**
   * One table of the test, on the unrecorded client.
   *
   * @param type the generated class
   * @param instance the table opened on the client under its physical name
   * @param physical its definition under its physical name
   */
  public record Target(TableClass<?> type, Object instance, TableDefinition physical) {}

  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .addModule(new JavaTimeModule())
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .build();

  private Fixtures() {}

  /**
   * Writes every item of the fixture.
   *
   * @param name the fixture's name, for messages
   * @throws IllegalArgumentException if the JSON is malformed or a key names neither a table nor an entity
   */
  public static void write(InputStream json, String name, List<Target> targets, DynamoDbClient client) {
    JsonNode root;
    try (json) {
      root = MAPPER.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException("Fixture " + name + " is not valid JSON: " + e.getMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException("Fixture " + name + " must be a JSON object of table or entity names to arrays");
    }
    for (Map.Entry<String, JsonNode> entry : (Iterable<Map.Entry<String, JsonNode>>) root::fields) {
      String key = entry.getKey();
      JsonNode items = entry.getValue();
      if (!items.isArray()) {
        throw new IllegalArgumentException("Fixture " + name + ": \"" + key + "\" must hold an array");
      }
      Optional<Target> table = targets.stream().filter(t -> t.type().definition().tableName().equals(key)).findFirst();
      if (table.isPresent()) {
        writeItems(items, table.get().physical().tableName(), client, name + " " + key);
        continue;
      }
      writeEntities(items, key, targets, name);
    }
  }

  private static void writeItems(JsonNode items, String tableName, DynamoDbClient client, String where) {
    List<WriteRequest> puts = new ArrayList<>();
    for (JsonNode element : items) {
      JsonNode item = element.has("PutRequest") ? element.path("PutRequest").path("Item") : element;
      try {
        puts.add(WriteRequest.builder().putRequest(PutRequest.builder().item(DynamoDbJson.item(item)).build()).build());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("Fixture " + where + "[" + puts.size() + "]: " + e.getMessage(), e);
      }
    }
    BatchWriter.write(client, tableName, puts, BatchWriter.DEFAULT_DEADLINE).throwIfIncomplete();
  }

  private static void writeEntities(JsonNode items, String entityName, List<Target> targets, String name) {
    for (Target target : targets) {
      Optional<TableClass.Repository> repository = target.type().repositoryOfEntity(entityName);
      if (repository.isPresent()) {
        Class<?> entityType = repository.get().entityType();
        List<Object> entities = new ArrayList<>();
        for (JsonNode element : items) {
          try {
            entities.add(MAPPER.treeToValue(element, entityType));
          } catch (IOException e) {
            throw new IllegalArgumentException("Fixture " + name + " " + entityName + "[" + entities.size() + "] is not"
                + " a " + entityType.getName() + ": " + e.getMessage(), e);
          }
        }
        putAll(target, repository.get(), entities);
        return;
      }
    }
    List<String> known = new ArrayList<>();
    for (Target target : targets) {
      known.add(target.type().definition().tableName());
      target.type().repositories().forEach(r -> known.add(r.entityType().getSimpleName()));
    }
    throw new IllegalArgumentException("Fixture " + name + ": \"" + entityName + "\" names neither a table nor an"
        + " entity of the test's tables; expected one of " + known);
  }

  @SuppressWarnings("unchecked")
  private static <T> void putAll(Target target, TableClass.Repository repository, List<Object> entities) {
    ((TableClass<T>) target.type()).putAll((T) target.instance(), repository, entities);
  }
}
