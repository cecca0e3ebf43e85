package io.sable.runtime.observe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sable.dynamodblocal.DynamoDbLocal;
import io.sable.engine.SableEngine;
import io.sable.runtime.table.TableDefinition;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbRequest;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbResponse;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;

/** The observing decorator on Sable's engine and on DynamoDB Local, which reports capacity. */
class ObservedDynamoDbClientTest {

  private static final TableDefinition TABLE = TableDefinition.builder("Observed").globalSecondaryIndex("GSI1", "GSI1PK", "GSI1SK").build();
  private static SableEngine engine;
  private static DynamoDbLocal local;
  private static DynamoDbClient localClient;

  /** What the observer saw, in order. */
  private record Seen(DynamoDbRequest request, DynamoDbResponse response, RuntimeException error) {}

  private final List<Seen> seen = new CopyOnWriteArrayList<>();

  private final RequestObserver observer = new RequestObserver() {
    @Override
    public void onResponse(DynamoDbRequest request, DynamoDbResponse response, Duration elapsed) {
      seen.add(new Seen(request, response, null));
    }

    @Override
    public void onError(DynamoDbRequest request, RuntimeException error, Duration elapsed) {
      seen.add(new Seen(request, null, error));
    }
  };

  @BeforeAll
  static void start() {
    engine = SableEngine.create();
    local = DynamoDbLocal.start();
    localClient = local.client();
    for (DynamoDbClient client : List.of(engine.dynamoDbClient(), localClient)) {
      TABLE.create(client);
      for (int i = 0; i < 5; i++) {
        int n = i;
        client.putItem(b -> b.tableName("Observed").item(Map.of(
            "PK", AttributeValue.fromS("P"), "SK", AttributeValue.fromS("S" + n),
            "GSI1PK", AttributeValue.fromS("G"), "GSI1SK", AttributeValue.fromS("S" + n))));
      }
    }
  }

  @AfterAll
  static void stop() {
    localClient.close();
    local.close();
    engine.close();
  }

  private static QueryRequest queryAll() {
    return QueryRequest.builder().tableName("Observed").keyConditionExpression("PK = :p")
        .expressionAttributeValues(Map.of(":p", AttributeValue.fromS("P"))).build();
  }

  @Test
  void query_whenAskedForCapacity_sendsReturnConsumedCapacityAndObservesTheResponse() {
    DynamoDbClient client = ObservedDynamoDbClient.wrap(engine.dynamoDbClient(), ReturnConsumedCapacity.INDEXES, observer);

    QueryResponse response = client.query(queryAll());

    assertThat(response.count()).isEqualTo(5);
    assertThat(seen).singleElement().satisfies(s -> {
      assertThat(((QueryRequest) s.request()).returnConsumedCapacity()).isEqualTo(ReturnConsumedCapacity.INDEXES);
      assertThat(s.response()).isSameAs(response);
    });
  }

  @Test
  void query_whenCallerChoseReturnConsumedCapacity_keepsTheCallersChoice() {
    DynamoDbClient client = ObservedDynamoDbClient.wrap(engine.dynamoDbClient(), ReturnConsumedCapacity.INDEXES, observer);

    client.query(queryAll().toBuilder().returnConsumedCapacity(ReturnConsumedCapacity.NONE).build());

    assertThat(((QueryRequest) seen.get(0).request()).returnConsumedCapacity()).isEqualTo(ReturnConsumedCapacity.NONE);
  }

  @Test
  void query_whenNotAskedForCapacity_sendsTheRequestUnchanged() {
    DynamoDbClient client = ObservedDynamoDbClient.wrap(engine.dynamoDbClient(), null, observer);
    QueryRequest request = queryAll();

    client.query(request);

    assertThat(seen.get(0).request()).isSameAs(request);
  }

  @Test
  void builderOverloadAndPaginator_whenCalled_areObservedOncePerRequestSent() {
    DynamoDbClient client = ObservedDynamoDbClient.wrap(engine.dynamoDbClient(), ReturnConsumedCapacity.TOTAL, observer);

    client.getItem(b -> b.tableName("Observed").key(Map.of("PK", AttributeValue.fromS("P"), "SK", AttributeValue.fromS("S1"))));
    long items = client.queryPaginator(queryAll().toBuilder().limit(2).build()).items().stream().count();
    client.listTables();

    assertThat(items).isEqualTo(5);
    assertThat(seen).extracting(s -> s.request().getClass().getSimpleName())
        .containsExactly("GetItemRequest", "QueryRequest", "QueryRequest", "QueryRequest", "ListTablesRequest");
    assertThat(((GetItemRequest) seen.get(0).request()).returnConsumedCapacity()).isEqualTo(ReturnConsumedCapacity.TOTAL);
  }

  @Test
  void getItem_whenTheTableDoesNotExist_observesAndRethrowsTheError() {
    DynamoDbClient client = ObservedDynamoDbClient.wrap(engine.dynamoDbClient(), ReturnConsumedCapacity.TOTAL, observer);

    assertThatThrownBy(() -> client.getItem(b -> b.tableName("Missing").key(Map.of("PK", AttributeValue.fromS("P")))))
        .isInstanceOf(ResourceNotFoundException.class);
    assertThat(seen).singleElement().satisfies(s -> assertThat(s.error()).isInstanceOf(ResourceNotFoundException.class));
  }

  @Test
  void consumedCapacities_whenDynamoDbLocalIsAskedForIndexes_readsTotalAndIndexUnits() {
    DynamoDbClient client = ObservedDynamoDbClient.wrap(localClient, ReturnConsumedCapacity.INDEXES, observer);

    client.query(b -> b.tableName("Observed").indexName("GSI1").keyConditionExpression("GSI1PK = :g")
        .expressionAttributeValues(Map.of(":g", AttributeValue.fromS("G"))));

    List<ConsumedCapacity> capacities = ConsumedCapacities.of(seen.get(0).response());
    assertThat(capacities).singleElement().satisfies(c -> assertThat(c.tableName()).isEqualTo("Observed"));
    // Five small items read eventually consistent from the index: half a read unit (one 4 KB unit, halved).
    assertThat(ConsumedCapacities.totalUnits(capacities)).contains(0.5);
    assertThat(ConsumedCapacities.indexUnits(capacities.get(0), "GSI1")).contains(0.5);
  }

  @Test
  void consumedCapacities_whenTheOperationTakesNoCapacity_findsNone() {
    DynamoDbClient client = ObservedDynamoDbClient.wrap(localClient, ReturnConsumedCapacity.INDEXES, observer);

    client.describeTable(b -> b.tableName("Observed"));

    assertThat(ConsumedCapacities.accepts(seen.get(0).request())).isFalse();
    assertThat(ConsumedCapacities.of(seen.get(0).response())).isEmpty();
    assertThat(ConsumedCapacities.totalUnits(List.of())).isEmpty();
  }
}
