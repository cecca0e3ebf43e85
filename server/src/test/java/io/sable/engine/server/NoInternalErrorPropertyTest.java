package io.sable.engine.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.sable.engine.SableEngine;
import io.sable.engine.server.internal.Operations;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.lifecycle.BeforeTry;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * No request makes the server answer HTTP 500 or die (issue 15, item 6): requests for every
 * operation the server serves (DynamoDB's and DynamoDB Streams'), generated from the SDK model's
 * shapes by {@link RequestShapes}, sent as raw JSON over HTTP; each answer is 200, or a 4xx whose
 * body has a DynamoDB error {@code __type} ({@code <namespace>#<Code>}) and a message, the shape
 * of every error in DynamoDB's documentation ("Error handling with DynamoDB", Error components:
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Programming.Errors.html).
 * Messages are not asserted here: their wording is the business of each operation's own tests.
 */
class NoInternalErrorPropertyTest {
  /** The number of requests sent; each is one try. */
  static final int TRIES = 2_500;

  private static final JsonFactory JSON = new JsonFactory();

  private static SableEngine engine;
  private static SableServer server;
  private static Operations operations;
  private static RequestShapes.Fixture fixture;

  @BeforeContainer
  static void start() {
    engine = SableEngine.create();
    server = SableServer.builder(engine.dynamoDbClient()).streams(engine.dynamoDbStreamsClient()).start();
    operations = new Operations()
        .add(Operations.DYNAMODB, DynamoDbClient.class, engine.dynamoDbClient())
        .add(Operations.DYNAMODB_STREAMS, DynamoDbStreamsClient.class, engine.dynamoDbStreamsClient());
    createTables();
    DynamoDbClient client = engine.dynamoDbClient();
    DynamoDbStreamsClient streams = engine.dynamoDbStreamsClient();
    String arn = client.describeTable(b -> b.tableName("tbl")).table().latestStreamArn();
    String shard = streams.describeStream(b -> b.streamArn(arn)).streamDescription().shards().get(0).shardId();
    String iterator = streams.getShardIterator(b -> b.streamArn(arn).shardId(shard)
        .shardIteratorType(ShardIteratorType.TRIM_HORIZON)).shardIterator();
    fixture = new RequestShapes.Fixture(
        List.of("tbl", "tbl", "tbl2", "tbl2", "missing", "ab", "tbl" + "x".repeat(300)),
        Map.of("tbl", "{\"pk\":{\"S\":\"a\"}}", "tbl2", "{\"pk\":{\"S\":\"a\"},\"sk\":{\"N\":\"1\"}}"),
        List.of(arn, arn + "x", "arn:aws:dynamodb:us-east-1:000000000000:table/tbl/stream/2020", "x"),
        List.of(iterator, iterator.substring(0, iterator.length() / 2), "x".repeat(100)));
  }

  @AfterContainer
  static void stop() {
    try {
      HttpResponse<String> health = Wire.send(java.net.http.HttpRequest.newBuilder(server.endpoint()).GET().build());
      assertThat(health.statusCode()).as("the server still answers after the property").isEqualTo(200);
    } finally {
      server.close();
      engine.close();
    }
  }

  /** Puts back the tables and items a generated request may have deleted or changed. */
  @BeforeTry
  void restoreTables() {
    createTables();
  }

  @Property(tries = TRIES, shrinking = ShrinkingMode.OFF)
  void post_whenAnyRequestOfAnyOperation_answers200Or4xxWithDynamoDbError(
      @ForAll("requests") GeneratedRequest request) {
    HttpResponse<String> response = Wire.post(server.endpoint(), request.target(),
        request.body().getBytes(StandardCharsets.UTF_8));

    check(request, response);
  }

  private static void check(GeneratedRequest request, HttpResponse<String> response) {
    String shown = request.target() + " " + abbreviate(request.body()) + " -> " + response.statusCode()
        + " " + abbreviate(response.body());
    assertThat(response.statusCode()).as(shown).isIn(200, 400);
    if (response.statusCode() != 200) {
      Map<String, String> error = errorMembers(response.body());
      assertThat(error.get("__type")).as(shown).matches("[a-z][a-z0-9.]*#[A-Za-z]+");
      assertThat(error.getOrDefault("message", error.get("Message"))).as(shown).isNotBlank();
    }
  }

  /**
   * Targets, the operations the engine implements ten times as often as those it refuses as
   * unknown (any request of those gets the same answer).
   */
  @Provide
  Arbitrary<GeneratedRequest> requests() {
    List<net.jqwik.api.Tuple.Tuple2<Integer, String>> weighted = operations.targets().stream()
        .map(t -> net.jqwik.api.Tuple.of(implemented(t) ? 10 : 1, t)).toList();
    Arbitrary<String> targets = Arbitraries.frequency(weighted);
    Arbitrary<java.util.Random> randoms = Arbitraries.randoms();
    return Combinators.combine(targets, randoms).as((target, random) -> new GeneratedRequest(
        target, new RequestShapes(random, fixture).body(operations.find(target).newRequestBuilder())));
  }

  /** One generated request: its {@code X-Amz-Target} and its body. */
  record GeneratedRequest(String target, String body) {
    @Override
    public String toString() {
      return target + " " + abbreviate(body);
    }
  }

  private static boolean implemented(String target) {
    return !Wire.post(server.endpoint(), target, "{}").body().contains("is not implemented");
  }

  private static void createTables() {
    DynamoDbClient client = engine.dynamoDbClient();
    if (!exists(client, "tbl")) {
      client.createTable(b -> b.tableName("tbl").billingMode(BillingMode.PAY_PER_REQUEST)
          .keySchema(key("pk", KeyType.HASH))
          .attributeDefinitions(attribute("pk", "S"))
          .streamSpecification(s -> s.streamEnabled(true).streamViewType(StreamViewType.NEW_AND_OLD_IMAGES)));
      client.putItem(b -> b.tableName("tbl").item(Map.of("pk", AttributeValue.fromS("a"),
          "l", AttributeValue.fromL(List.of(AttributeValue.fromN("1"))), "s", AttributeValue.fromSs(List.of("x")))));
    }
    if (!exists(client, "tbl2")) {
      client.createTable(b -> b.tableName("tbl2").billingMode(BillingMode.PAY_PER_REQUEST)
          .keySchema(key("pk", KeyType.HASH), key("sk", KeyType.RANGE))
          .attributeDefinitions(attribute("pk", "S"), attribute("sk", "N"), attribute("a", "S"), attribute("b", "N"))
          .globalSecondaryIndexes(g -> g.indexName("gsi").keySchema(key("a", KeyType.HASH))
              .projection(Projection.builder().projectionType(ProjectionType.ALL).build()))
          .localSecondaryIndexes(l -> l.indexName("lsi").keySchema(key("pk", KeyType.HASH), key("b", KeyType.RANGE))
              .projection(Projection.builder().projectionType(ProjectionType.KEYS_ONLY).build())));
      for (int i = 0; i < 5; i++) {
        String n = Integer.toString(i);
        client.putItem(b -> b.tableName("tbl2").item(Map.of("pk", AttributeValue.fromS("a"),
            "sk", AttributeValue.fromN(n), "a", AttributeValue.fromS("g" + n), "b", AttributeValue.fromN(n))));
      }
    }
  }

  private static boolean exists(DynamoDbClient client, String table) {
    try {
      client.describeTable(b -> b.tableName(table));
      return true;
    } catch (ResourceNotFoundException e) {
      return false;
    }
  }

  private static KeySchemaElement key(String name, KeyType type) {
    return KeySchemaElement.builder().attributeName(name).keyType(type).build();
  }

  private static AttributeDefinition attribute(String name, String type) {
    return AttributeDefinition.builder().attributeName(name).attributeType(type).build();
  }

  /** The top-level string members of an error body: {@code __type} and the message. */
  private static Map<String, String> errorMembers(String body) {
    Map<String, String> members = new HashMap<>();
    try (JsonParser parser = JSON.createParser(body)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return members;
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        if (parser.nextToken() == JsonToken.VALUE_STRING) {
          members.put(name, parser.getText());
        } else {
          parser.skipChildren();
        }
      }
    } catch (IOException e) {
      members.put("unparsable", e.getMessage());
    }
    return members;
  }

  private static String abbreviate(String text) {
    return text.length() <= 600 ? text : text.substring(0, 600) + "...(" + text.length() + " chars)";
  }
}
